package org.yingzai.identity.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.identity.AuthenticatedUser;

/**
 * Checks a username and password under the login policy: per-address throttling, per-account
 * locking after repeated failures, and a short-lived cache of verified passwords.
 */
@Service
class LoginService {

  static final String PASSWORD_CHECKS = "yingzai.login.password.checks";

  private final UserMapper users;
  private final PasswordEncoder passwordEncoder;
  private final CredentialCache cache;
  private final LoginThrottle throttle;
  private final LoginPolicy policy;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final LoginAudit audit;
  private final Counter passwordChecks;
  private final String unknownUserHash;

  LoginService(
      UserMapper users,
      PasswordEncoder passwordEncoder,
      CredentialCache cache,
      LoginThrottle throttle,
      LoginPolicy policy,
      Clock clock,
      PlatformTransactionManager transactionManager,
      MeterRegistry meters,
      LoginAudit audit) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.cache = cache;
    this.throttle = throttle;
    this.policy = policy;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
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
    throttle.check(address, now);
    UserAccount account = username == null ? null : users.findByUsername(username);
    if (account == null) {
      // as slow as a real check, so that timing does not tell which usernames exist
      checkPassword(password, unknownUserHash);
      throttle.recordFailure(address, now);
      audit.unknownUser();
      throw new BadCredentialsException("Bad credentials");
    }
    String name = account.username();
    if (account.lockedAt(now)) {
      cache.evict(name);
      throttle.recordFailure(address, now);
      audit.failed(name, account.role(), "account locked");
      throw new AccountLockedException(account.lockedUntil());
    }
    boolean checked = false;
    if (!cache.isVerified(name, password, account.passwordHash(), now)) {
      if (!checkPassword(password, account.passwordHash())) {
        cache.evict(name);
        throttle.recordFailure(address, now);
        Instant lockedUntil = transaction.execute(status -> recordFailure(name, now));
        if (lockedUntil != null) {
          throw new AccountLockedException(lockedUntil);
        }
        throw new BadCredentialsException("Bad credentials");
      }
      cache.remember(name, password, account.passwordHash(), now);
      checked = true;
    }
    if (!account.enabled()) {
      audit.failed(name, account.role(), "account disabled");
      throw new DisabledException("Account disabled");
    }
    if (account.failedLogins() > 0 || account.lockedUntil() != null) {
      users.updateLoginState(name, 0, null);
    }
    // a login is a checked password: the requests it lets through from the cache are not recorded
    if (checked) {
      audit.loggedIn(name, account.role());
    }
    // read afresh on every request, never cached: an administrator's change applies at once
    return user(account);
  }

  /**
   * The user as an administrator left them, for a page session logged in earlier; empty once the
   * account is gone, disabled or locked, which ends the session.
   */
  Optional<AuthenticatedUser> current(String username) {
    UserAccount account = users.findByUsername(username);
    if (account == null || !account.enabled() || account.lockedAt(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(user(account));
  }

  private AuthenticatedUser user(UserAccount account) {
    return new AuthenticatedUser(
        account.username(),
        account.displayName(),
        account.role(),
        account.enterpriseId(),
        account.departmentCode(),
        account.stationCode(),
        new HashSet<>(users.findDuties(account.username())));
  }

  // counts a wrong password, with its audit records; returns until when the account is now
  // locked, if it is
  private Instant recordFailure(String username, Instant now) {
    UserAccount account = users.lockByUsername(username);
    if (account == null) {
      return null;
    }
    audit.failed(username, account.role(), "bad password");
    if (account.lockedAt(now)) {
      return account.lockedUntil(); // locked by a concurrent failure
    }
    // after an expired lock, a new series of failures begins
    int failures = account.lockedUntil() == null ? account.failedLogins() + 1 : 1;
    Instant lockedUntil =
        failures >= policy.maxFailures() ? ceilToSecond(now.plus(policy.lockDuration())) : null;
    users.updateLoginState(username, failures, lockedUntil);
    if (lockedUntil != null) {
      audit.lockedOut(username, account.role(), failures, lockedUntil);
    }
    return lockedUntil;
  }

  private boolean checkPassword(String password, String hash) {
    passwordChecks.increment();
    return passwordEncoder.matches(password, hash);
  }

  // DATETIME keeps whole seconds: never store a lock that ends before the policy says
  private static Instant ceilToSecond(Instant instant) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    return seconds.equals(instant) ? seconds : seconds.plusSeconds(1);
  }
}
