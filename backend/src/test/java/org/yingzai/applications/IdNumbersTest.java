package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.yingzai.shared.ProblemException;

class IdNumbersTest {

  private static final String KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  private final IdNumbers numbers = new IdNumbers(KEY);

  @Test
  void aResidentIdIsCheckedByItsCheckCharacter() {
    assertThat(IdNumbers.requireValid(IdType.RESIDENT_ID, " 11010519491231002x "))
        .isEqualTo("11010519491231002X");
    assertThat(IdNumbers.requireValid(IdType.RESIDENT_ID, "370502199001010011"))
        .isEqualTo("370502199001010011");
    for (String wrong : new String[] {"110105194912310021", "1101051949123100", "", null}) {
      assertThatThrownBy(() -> IdNumbers.requireValid(IdType.RESIDENT_ID, wrong))
          .isInstanceOfSatisfying(
              ProblemException.class, e -> assertThat(e.code()).isEqualTo("ID_NUMBER_INVALID"));
    }
    assertThat(IdNumbers.requireValid(IdType.PASSPORT, "e12345678")).isEqualTo("E12345678");
    assertThat(IdNumbers.requireValid(IdType.HK_MACAO_PERMIT, "H12345678")).isEqualTo("H12345678");
  }

  @Test
  void everyAnswerShowsTheNumberMasked() {
    assertThat(IdNumbers.mask(IdType.RESIDENT_ID, "11010519491231002X"))
        .isEqualTo("110***********002X");
    assertThat(IdNumbers.mask(IdType.PASSPORT, "E12345678")).isEqualTo("*****5678");
  }

  @Test
  void theNumberIsKeptEncryptedAndOnlyTheKeyReadsItBack() {
    String sealed = numbers.encrypt("11010519491231002X");
    assertThat(sealed).startsWith("v1:").doesNotContain("1101").doesNotContain("002X");
    // a fresh nonce each time: equal numbers do not give equal ciphertexts
    assertThat(numbers.encrypt("11010519491231002X")).isNotEqualTo(sealed);
    assertThat(numbers.decrypt(sealed)).isEqualTo("11010519491231002X");

    IdNumbers otherKey =
        new IdNumbers(
            Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes()));
    assertThatThrownBy(() -> otherKey.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aStartWithoutAKeySaysWhatToSet() {
    for (String missing : new String[] {"", "not base64!", "c2hvcnQ="}) {
      assertThatThrownBy(() -> new IdNumbers(missing))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("YINGZAI_INTAKE_ID_NUMBER_KEY");
    }
  }
}
