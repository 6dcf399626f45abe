package org.yingzai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.support.Bundles.load;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IdentityMessagesTest {

  @Test
  void everyMessageIsInChineseAndInEnglish() throws IOException {
    Properties chinese = load("i18n/identity.properties");
    Properties english = load("i18n/identity_en.properties");

    assertThat(chinese.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames())
        .contains(
            "problem.UNAUTHENTICATED",
            "problem.ACCOUNT_DISABLED",
            "problem.FORBIDDEN",
            "problem.CREDIT_CODE_INVALID",
            "problem.ENTERPRISE_EXISTS",
            "problem.ENTERPRISE_NOT_FOUND",
            "problem.USER_NOT_FOUND",
            "problem.USER_EXISTS",
            "problem.USERNAME_INVALID",
            "problem.USERNAME_RESERVED",
            "problem.PASSWORD_TOO_WEAK",
            "problem.PASSWORD_CONTAINS_USERNAME",
            "problem.PASSWORD_TOO_COMMON",
            "problem.ENTERPRISE_UNKNOWN",
            "problem.DUTY_INVALID",
            "problem.SELF_CHANGE_REFUSED");
  }
}
