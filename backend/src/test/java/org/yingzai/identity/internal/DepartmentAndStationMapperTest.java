package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.identity.Department;
import org.yingzai.identity.Station;
import org.yingzai.identity.StationKind;
import org.yingzai.support.Fixtures;
import org.yingzai.support.MapperTest;

@MapperTest
class DepartmentAndStationMapperTest {

  @Autowired DepartmentMapper departments;
  @Autowired StationMapper stations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void readsDepartments() {
    Fixtures fixtures = new Fixtures(jdbc);
    jdbc.update(
        "INSERT IGNORE INTO department (code, name, created_at)"
            + " VALUES ('test-dept', '测试局', UTC_TIMESTAMP())");
    // department names are unique: the demo data's may be there already
    String token = UUID.randomUUID().toString().substring(0, 8);
    String planning = fixtures.department("规划建设局" + token);
    String environment = fixtures.department("生态环境分局" + token);
    String market = fixtures.department("市场监管局" + token);

    assertThat(departments.find("test-dept")).isEqualTo(new Department("test-dept", "测试局"));
    assertThat(departments.find(planning)).isEqualTo(new Department(planning, "规划建设局" + token));
    assertThat(departments.find("nowhere")).isNull();
    assertThat(departments.findAll())
        .contains(
            new Department(environment, "生态环境分局" + token),
            new Department(market, "市场监管局" + token),
            new Department(planning, "规划建设局" + token),
            new Department("test-dept", "测试局"))
        .isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
  }

  @Test
  void readsStations() {
    Fixtures fixtures = new Fixtures(jdbc);
    String market = fixtures.department();
    String xinglong = fixtures.station(market);
    jdbc.update(
        "INSERT IGNORE INTO station (code, name, town, department_code, created_at)"
            + " VALUES ('station-test', '测试便民服务站', '测试镇', ?, UTC_TIMESTAMP())",
        market);

    assertThat(stations.find("station-test")).isEqualTo(station("station-test", "测试便民服务站", "测试镇"));
    assertThat(stations.findAll())
        .contains(
            station(xinglong, "测试便民服务站" + xinglong, "测试镇" + xinglong),
            station("station-test", "测试便民服务站", "测试镇"));
    assertThat(stations.find("nowhere")).isNull();
  }

  private static Station station(String code, String name, String town) {
    return new Station(code, name, town, StationKind.STATION, null, null, null);
  }
}
