package org.yingzai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthenticatedUserTest {

  static AuthenticatedUser clerk(String department, String... duties) {
    return new AuthenticatedUser("clerk", "陈静", Role.CLERK, null, department, null, Set.of(duties));
  }

  static AuthenticatedUser enterpriseUser(long enterpriseId) {
    return new AuthenticatedUser(
        "enterprise", "王明", Role.ENTERPRISE, enterpriseId, null, null, Set.of());
  }

  @Test
  void aClerkMayWorkTheGroupOfEachDutyInTheirDepartment() {
    AuthenticatedUser clerk = clerk("planning", "review", "accept");

    assertThat(clerk.candidateGroups()).containsExactly("planning:accept", "planning:review");
    assertThat(clerk.hasDuty("planning", "accept")).isTrue();
    assertThat(clerk.hasDuty("planning", "decide")).isFalse();
    assertThat(clerk.hasDuty("market", "accept")).isFalse();
    assertThat(clerk.hasDuty("planning", null)).isFalse();
    assertThat(clerk.is(Role.CLERK)).isTrue();
    assertThat(clerk.is(Role.SUPERVISOR)).isFalse();
  }

  @Test
  void anEnterpriseUserWorksTheTasksOfTheirEnterprise() {
    AuthenticatedUser user = enterpriseUser(7);

    assertThat(user.candidateGroups()).containsExactly("enterprise:7");
    assertThat(user.hasDuty("planning", "accept")).isFalse();
    assertThat(user.is(Role.ENTERPRISE)).isTrue();
  }

  @Test
  void supervisorsAndAdministratorsWorkNoTasks() {
    for (Role role : Set.of(Role.SUPERVISOR, Role.ADMIN)) {
      AuthenticatedUser user =
          new AuthenticatedUser("someone", "某人", role, null, null, null, Set.of("accept"));
      assertThat(user.candidateGroups()).isEmpty();
      assertThat(user.hasDuty(null, "accept")).isFalse();
    }
  }

  @Test
  void dutiesAreACopyInAlphabeticalOrder() {
    Set<String> duties = new HashSet<>(Set.of("decide", "accept"));
    AuthenticatedUser user =
        new AuthenticatedUser("x", "X", Role.CLERK, null, "market", null, duties);
    duties.add("review");

    assertThat(user.duties()).containsExactly("accept", "decide");
    assertThat(user)
        .isEqualTo(
            new AuthenticatedUser(
                "x", "X", Role.CLERK, null, "market", null, Set.of("decide", "accept")));
    assertThat(new AuthenticatedUser("y", "Y", Role.ADMIN, null, null, null, null).duties())
        .isEmpty();
  }
}
