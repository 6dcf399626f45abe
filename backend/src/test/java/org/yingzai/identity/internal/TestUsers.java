package org.yingzai.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.yingzai.identity.Role;

/**
 * Users that a test creates for itself, so that no test ever locks or changes a demo account that
 * other tests rely on. Their passwords are hashed with the cheapest BCrypt cost.
 */
final class TestUsers {

  static final String PASSWORD = "Test#2026pass";
  private static final String PASSWORD_HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

  private final UserMapper users;

  TestUsers(UserMapper users) {
    this.users = users;
  }

  /** A new supervisor, a role that needs neither an enterprise nor a department. */
  String supervisor(String prefix) {
    return create(prefix, Role.SUPERVISOR, true);
  }

  String disabledSupervisor(String prefix) {
    return create(prefix, Role.SUPERVISOR, false);
  }

  private String create(String prefix, Role role, boolean enabled) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    users.insert(
        new UserAccount(
            username,
            PASSWORD_HASH,
            "测试用户",
            role,
            null,
            null,
            null,
            enabled,
            0,
            null,
            Instant.now()));
    return username;
  }
}
