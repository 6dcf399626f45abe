package org.yingzai.identity;

import java.util.List;
import org.springframework.stereotype.Service;
import org.yingzai.identity.internal.UserMapper;

/** Who works where: the people to tell about a department's or an enterprise's work. */
@Service
public class Staff {

  private final UserMapper users;

  Staff(UserMapper users) {
    this.users = users;
  }

  /** The enabled clerks of a department, by username. */
  public List<String> clerksOf(String departmentCode) {
    return users.findEnabledUsernames(Role.CLERK, departmentCode);
  }

  /** The enabled users of an enterprise, by username. */
  public List<String> usersOf(long enterpriseId) {
    return users.findEnabledEnterpriseUsernames(enterpriseId);
  }

  /** The enabled clerks of a department who hold the duty, e.g. {@code review}, by username. */
  public List<String> clerksWithDuty(String departmentCode, String duty) {
    return users.findEnabledClerksWithDuty(departmentCode, duty);
  }

  /** Whether the user is an enabled clerk holding the duty, in whichever department. */
  public boolean holdsDuty(String username, String duty) {
    return users.holdsDuty(username, duty);
  }

  /** The enabled supervisors, by username. */
  public List<String> supervisors() {
    return users.findEnabledUsernames(Role.SUPERVISOR, null);
  }
}
