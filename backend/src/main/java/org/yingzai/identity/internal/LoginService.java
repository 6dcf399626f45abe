package org.yingzai.identity.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.yingzai.identity.AuthenticatedUser;

/**
 * Checks a username and password under the login policy: waits per username and address, a lock of
 * the account after many failures from anywhere, and a short-lived cache of verified passwords.
 * Every refused login is answered alike, whether the user exists, waits or is locked; the user
 * learns of a wait or a lock from a {@code LoginLockedOut} notice.
 */
@Service
class LoginService {

  static final String PASSWORD_CHECKS = "yingzai.login.password.checks";

  private final UserMapper users;
  private final PasswordEncoder passwordEncoder;
  private final CredentialCache cache;
  private final LoginThrottle throttle;
  private final LoginFailures failures;
  private final Clock clock;
  private final LoginAudit audit;
  private final Counter passwordChecks;
  private final String unknownUserHash;

  LoginService(
      UserMapper users,
      PasswordEncoder passwordEncoder,
      CredentialCache cache,
      LoginThrottle throttle,
      LoginFailures failures,
      Clock clock,
      MeterRegistry meters,
      LoginAudit audit) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.cache = cache;
    this.throttle = throttle;
    this.failures = failures;
    this.clock = clock;
    this.audit = audit;
    this.passwordChecks =
        Counter.builder(PASSWORD_CHECKS)
            .description("Passwords checked with the slow hash (cache misses)")
            .register(meters);
    this.unknownUserHash = passwordEncoder.encode("no such user");
  }

  // address: the client's, for throttling (null when there is none)
  AuthenticatedUser login(String username, String password, String address) {
    Instant now = clock.instant();
    if (username == null || throttle.waiting(username, address, now)) {
      // refused unseen, the same for every username: nothing is learnt and no hash is spent
      throw refused();
    }
    UserMapper.LoginRow login = users.findLogin(username);
    UserAccount account = login == null ? null : login.account();
    if (account == null || account.lockedAt(now)) {
      // as slow as a real check, so that timing does not tell which usernames exist or are locked
      checkPassword(password, unknownUserHash);
      if (account != null) {
        cache.evict(account.username());
        audit.failed(account.username(), account.role(), "account locked");
      } else {
        audit.unknownUser();
      }
      throttle.recordFailure(username, address, now);
      throw refused();
    }
    String name = account.username();
    boolean checked = false;
    if (!cache.isVerified(name, password, account.passwordHash(), now)) {
      if (!checkPassword(password, account.passwordHash())) {
        cache.evict(name);
        failures.record(name, throttle.recordFailure(username, address, now), address, now);
        throw refused();
      }
      cache.remember(name, password, account.passwordHash(), now);
      checked = true;
    }
    if (!account.enabled()) {
      audit.failed(name, account.role(), "account disabled");
      throw new DisabledException("Account disabled");
    }
    throttle.recordSuccess(username, address);
    if (account.failedLogins() > 0 || account.lockedUntil() != null) {
      users.updateLoginState(name, 0, null);
    }
    // a login is a checked password: the requests it lets through from the cache are not recorded
    if (checked) {
      audit.loggedIn(name, account.role());
    }
    // read afresh on every request, never cached: an administrator's change applies at once
    return user(login);
  }

  /**
   * The user as an administrator left them, for a page session logged in earlier; empty once the
   * account is gone, disabled or locked, which ends the session.
   */
  Optional<AuthenticatedUser> current(String username) {
    UserMapper.LoginRow login = users.findLogin(username);
    if (login == null || !login.account().enabled() || login.account().lockedAt(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(user(login));
  }

  private static AuthenticatedUser user(UserMapper.LoginRow login) {
    UserAccount account = login.account();
    return new AuthenticatedUser(
        account.username(),
        account.displayName(),
        account.role(),
        account.enterpriseId(),
        account.departmentCode(),
        account.stationCode(),
        new HashSet<>(login.dutyList()));
  }

  private static BadCredentialsException refused() {
    return new BadCredentialsException("Bad credentials");
  }

  private boolean checkPassword(String password, String hash) {
    passwordChecks.increment();
    return passwordEncoder.matches(password, hash);
  }
}
