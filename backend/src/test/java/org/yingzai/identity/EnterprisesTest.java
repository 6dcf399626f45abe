package org.yingzai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.shared.ProblemException;
import org.yingzai.support.IntegrationTest;

@IntegrationTest
@Transactional // rolled back: other tests see the database as the demo data left it
class EnterprisesTest {

  @Autowired Enterprises enterprises;
  @Autowired Departments departments;
  @Autowired Stations stations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void registersAnEnterprise() {
    String code = IdentityFixtures.newCreditCode();

    Enterprise registered = enterprises.register(code, " 东营测试化工有限公司 ", "张三");

    assertThat(registered.creditCode()).isEqualTo(code);
    assertThat(registered.name()).isEqualTo("东营测试化工有限公司");
    assertThat(registered.legalRepresentative()).isEqualTo("张三");
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM enterprise WHERE id = ?", String.class, registered.id()))
        .isEqualTo("东营测试化工有限公司");
    assertThat(enterprises.findById(registered.id())).contains(registered);
    assertThat(enterprises.findByCreditCode(code)).contains(registered);
  }

  @Test
  void theEnterprisesOfAPageAreReadTogetherAndAMissingOneIsAnError() {
    Enterprise first = enterprises.register(IdentityFixtures.newCreditCode(), "第一公司", "张三");
    Enterprise second = enterprises.register(IdentityFixtures.newCreditCode(), "第二公司", "李四");

    assertThat(enterprises.requireByIds(List.of(second.id(), first.id())))
        .containsOnly(entry(first.id(), first), entry(second.id(), second));
    assertThat(enterprises.requireByIds(List.of())).isEmpty();
    assertThatThrownBy(() -> enterprises.requireByIds(List.of(first.id(), -1L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void refusesASecondRegistrationOfTheSameCode() {
    assertThatThrownBy(
            () -> enterprises.register(IdentityFixtures.DEMO_CREDIT_CODE_1, "另一家公司", "李四"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
              assertThat(problem.code()).isEqualTo("ENTERPRISE_EXISTS");
            });
  }

  @Test
  void refusesAnInvalidCodeOrMissingNames() {
    String code = IdentityFixtures.newCreditCode();
    assertRefused(
        () -> enterprises.register("91371500MA3C12346E", "某公司", "张三"), "CREDIT_CODE_INVALID");
    assertRefused(() -> enterprises.register(code, " ", "张三"), "ENTERPRISE_NAME_REQUIRED");
    assertRefused(() -> enterprises.register(code, "某公司", null), "LEGAL_REPRESENTATIVE_REQUIRED");
    assertThat(enterprises.findByCreditCode(code)).isEmpty();
  }

  @Test
  void findsTheDemoEnterprisesDepartmentsAndStations() {
    assertThat(enterprises.findById(2))
        .contains(new Enterprise(2, IdentityFixtures.DEMO_CREDIT_CODE_2, "示例黄河口新材料科技有限公司", "李华"));
    assertThat(enterprises.findByCreditCode("not a code")).isEmpty();
    assertThat(enterprises.findByCreditCode(null)).isEmpty();

    assertThat(departments.find("environment")).contains(new Department("environment", "生态环境分局"));
    assertThat(departments.find(null)).isEmpty();
    assertThat(departments.findAll())
        .extracting(Department::code)
        .containsSubsequence("environment", "market", "planning");

    assertThat(stations.find("station-xinglong").map(Station::name)).contains("兴隆街道便民服务站");
    assertThat(stations.findAll()).extracting(Station::code).contains("station-xinglong");
    assertThat(stations.find(null)).isEmpty();
  }

  private static void assertRefused(Runnable call, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
              assertThat(problem.code()).isEqualTo(code);
            });
  }
}
