package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.Department;
import org.yingzai.identity.Station;
import org.yingzai.support.IntegrationTest;

@IntegrationTest
@Transactional // rolled back: other tests see the database as the demo data left it
class DepartmentAndStationMapperTest {

  @Autowired DepartmentMapper departments;
  @Autowired StationMapper stations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void readsDepartments() {
    jdbc.update(
        "INSERT IGNORE INTO department (code, name, created_at)"
            + " VALUES ('test-dept', '测试局', UTC_TIMESTAMP())");

    assertThat(departments.find("test-dept")).isEqualTo(new Department("test-dept", "测试局"));
    assertThat(departments.find("planning")).isEqualTo(new Department("planning", "规划建设局"));
    assertThat(departments.find("nowhere")).isNull();
    assertThat(departments.findAll())
        .contains(
            new Department("environment", "生态环境分局"),
            new Department("market", "市场监管局"),
            new Department("planning", "规划建设局"),
            new Department("test-dept", "测试局"))
        .isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
  }

  @Test
  void readsStations() {
    jdbc.update(
        "INSERT IGNORE INTO station (code, name, town, department_code, created_at)"
            + " VALUES ('station-test', '测试便民服务站', '测试镇', 'market', UTC_TIMESTAMP())");

    assertThat(stations.find("station-test"))
        .isEqualTo(new Station("station-test", "测试便民服务站", "测试镇"));
    assertThat(stations.findAll())
        .contains(
            new Station("station-xinglong", "兴隆街道便民服务站", "兴隆街道"),
            new Station("station-test", "测试便民服务站", "测试镇"));
    assertThat(stations.find("nowhere")).isNull();
  }
}
