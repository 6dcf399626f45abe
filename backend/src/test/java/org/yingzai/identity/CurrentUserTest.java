package org.yingzai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yingzai.shared.ProblemException;

class CurrentUserTest {

  @AfterEach
  void logOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void nobodyIsLoggedInWithoutAnAuthentication() {
    assertThat(CurrentUser.find()).isEmpty();
    assertThatThrownBy(CurrentUser::get)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
              assertThat(problem.code()).isEqualTo("UNAUTHENTICATED");
            });
  }

  @Test
  void theLoggedInUserIsThePrincipal() {
    AuthenticatedUser clerk = AuthenticatedUserTest.clerk("planning", "accept");
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(clerk, null, "ROLE_CLERK"));

    assertThat(CurrentUser.get()).isSameAs(clerk);
    assertThat(CurrentUser.find()).containsSame(clerk);
  }

  @Test
  void anOtherKindOfPrincipalIsNobody() {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken("someone", null, "ROLE_ADMIN"));

    assertThat(CurrentUser.find()).isEmpty();
  }
}
