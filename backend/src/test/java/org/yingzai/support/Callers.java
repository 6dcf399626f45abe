package org.yingzai.support;

import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.Role;

/** Logged-in callers of a {@link WebSliceTest}, as the security chain knows them after a login. */
public final class Callers {

  private Callers() {}

  public static RequestPostProcessor enterprise(long enterpriseId) {
    return as(
        new AuthenticatedUser("ent", "企业用户", Role.ENTERPRISE, enterpriseId, null, null, null));
  }

  public static RequestPostProcessor clerk(String departmentCode, String... duties) {
    return as(
        new AuthenticatedUser(
            "clerk", "窗口人员", Role.CLERK, null, departmentCode, null, Set.of(duties)));
  }

  public static RequestPostProcessor supervisor() {
    return as(new AuthenticatedUser("supervisor", "督办人员", Role.SUPERVISOR, null, null, null, null));
  }

  public static RequestPostProcessor admin() {
    return as(new AuthenticatedUser("admin", "管理员", Role.ADMIN, null, null, null, null));
  }

  public static RequestPostProcessor as(AuthenticatedUser user) {
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user, null, List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
  }
}
