package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.support.Fixtures;
import org.yingzai.support.MapperTest;

@MapperTest
class EnterpriseMapperTest {

  @Autowired EnterpriseMapper enterprises;
  @Autowired JdbcTemplate jdbc;

  private Enterprise existing(String name, String legalRepresentative) {
    String code = IdentityFixtures.newCreditCode();
    long id = new Fixtures(jdbc).enterprise(code, name, legalRepresentative);
    return new Enterprise(id, code, name, legalRepresentative);
  }

  @Test
  void insertsAnEnterprise() {
    long earlier = new Fixtures(jdbc).enterprise();
    String code = IdentityFixtures.newCreditCode();
    enterprises.insert(code, "测试科技有限公司", "张三", Instant.parse("2026-11-28T02:30:00Z"));

    assertThat(
            jdbc.queryForMap(
                "SELECT id, name, legal_representative, CAST(created_at AS CHAR) AS created"
                    + " FROM enterprise WHERE credit_code = ?",
                code))
        .containsEntry("name", "测试科技有限公司")
        .containsEntry("legal_representative", "张三")
        .containsEntry("created", "2026-11-28 02:30:00")
        .hasEntrySatisfying(
            "id", id -> assertThat(((Number) id).longValue()).isGreaterThan(earlier));
  }

  @Test
  void findsAnEnterpriseByIdAndByCreditCode() {
    Enterprise existing = existing("示例高新智能装备有限公司", "王明");

    assertThat(enterprises.findById(existing.id())).isEqualTo(existing);
    assertThat(enterprises.findByCreditCode(existing.creditCode())).isEqualTo(existing);
    assertThat(enterprises.findById(-1)).isNull();
    assertThat(enterprises.findByCreditCode(IdentityFixtures.newCreditCode())).isNull();
  }

  @Test
  void refusesASecondEnterpriseWithTheSameCreditCode() {
    String code = IdentityFixtures.newCreditCode();
    enterprises.insert(code, "甲公司", "张三", Instant.now());

    assertThatThrownBy(() -> enterprises.insert(code, "乙公司", "李四", Instant.now()))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void searchesAPartOfTheNameOrOfTheCreditCodeInNameOrder() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String first = IdentityFixtures.newCreditCode();
    String second = IdentityFixtures.newCreditCode();
    enterprises.insert(second, token + "-B测试有限公司", "李四", Instant.now());
    enterprises.insert(first, token + "-A测试有限公司", "张三", Instant.now());
    String pattern = "%" + token + "%";

    assertThat(enterprises.search(pattern, 0, 10))
        .extracting(Enterprise::creditCode)
        .containsExactly(first, second);
    assertThat(enterprises.search(pattern, 1, 10))
        .extracting(Enterprise::creditCode)
        .containsExactly(second);
    assertThat(enterprises.countMatching(pattern)).isEqualTo(2);
    assertThat(enterprises.search(pattern, 0, 10).get(0))
        .isEqualTo(enterprises.findByCreditCode(first));

    // the random middle of a credit code, in any case
    String part = second.substring(8, 17).toLowerCase(Locale.ROOT);
    assertThat(enterprises.search("%" + part + "%", 0, 10))
        .extracting(Enterprise::creditCode)
        .containsExactly(second);
    assertThat(enterprises.countMatching("%" + part + "%")).isEqualTo(1);
  }

  @Test
  void withoutAPatternPagesEveryEnterprise() {
    for (int i = 0; i < 5; i++) {
      new Fixtures(jdbc).enterprise();
    }

    assertThat(enterprises.search(null, 1, 3))
        .extracting(Enterprise::creditCode)
        .isEqualTo(
            jdbc.queryForList(
                "SELECT credit_code FROM enterprise ORDER BY name, credit_code LIMIT 3 OFFSET 1",
                String.class));
    assertThat(enterprises.countMatching(null))
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class));
  }

  @Test
  void findsSeveralEnterprisesById() {
    Enterprise first = existing("甲公司", "张三");
    Enterprise second = existing("乙公司", "李四");

    assertThat(enterprises.findByIds(List.of(second.id(), first.id(), -1L)))
        .extracting(Enterprise::creditCode)
        .containsExactlyInAnyOrder(first.creditCode(), second.creditCode());
  }
}
