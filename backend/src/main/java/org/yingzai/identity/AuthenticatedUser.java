package org.yingzai.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The user behind the current request: the Spring Security principal, obtained with {@link
 * CurrentUser#get()}. {@code enterpriseId} is set for {@link Role#ENTERPRISE} only, {@code
 * departmentCode} for {@link Role#CLERK} (and possibly {@code stationCode}, a clerk working at a
 * town station); {@code duties} are the clerk's duties in their department, such as {@code accept},
 * {@code review}, {@code decide}.
 */
public record AuthenticatedUser(
    String username,
    String displayName,
    Role role,
    Long enterpriseId,
    String departmentCode,
    String stationCode,
    Set<String> duties)
    implements Serializable {

  public AuthenticatedUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    duties = sorted(duties == null ? Set.of() : duties);
  }

  /**
   * The Camunda candidate groups whose tasks this user may work: {@code <department>:<duty>} for
   * each duty of a clerk, {@code enterprise:<id>} for an enterprise user, none for anyone else.
   */
  public Set<String> candidateGroups() {
    return switch (role) {
      case CLERK ->
          departmentCode == null
              ? Set.of()
              : sorted(duties.stream().map(duty -> departmentCode + ":" + duty).toList());
      case ENTERPRISE -> enterpriseId == null ? Set.of() : Set.of("enterprise:" + enterpriseId);
      default -> Set.of();
    };
  }

  /** Whether this user is a clerk of {@code departmentCode} holding {@code duty}. */
  public boolean hasDuty(String departmentCode, String duty) {
    return role == Role.CLERK
        && this.departmentCode != null
        && this.departmentCode.equals(departmentCode)
        && duty != null
        && duties.contains(duty);
  }

  public boolean is(Role role) {
    return this.role == role;
  }

  private static Set<String> sorted(Collection<String> values) {
    SortedSet<String> set = new TreeSet<>();
    values.forEach(value -> set.add(Objects.requireNonNull(value, "duty")));
    return Collections.unmodifiableSortedSet(set);
  }
}
