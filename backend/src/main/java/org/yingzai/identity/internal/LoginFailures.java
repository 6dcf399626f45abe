package org.yingzai.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.identity.LoginLockedOut;

/**
 * Counts an account's wrong passwords in a row from anywhere, locks it at the policy's limit, and
 * tells its user, in the same transaction, when a wait from one address or the lock begins.
 */
@Component
class LoginFailures {

  private final UserMapper users;
  private final LoginPolicy policy;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final LoginAudit audit;

  LoginFailures(
      UserMapper users,
      LoginPolicy policy,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager,
      LoginAudit audit) {
    this.users = users;
    this.policy = policy;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
    this.audit = audit;
  }

  // pairWaitsUntil: set when this failure made the username and address begin to wait
  void record(String username, Optional<Instant> pairWaitsUntil, String address, Instant now) {
    transaction.executeWithoutResult(status -> count(username, pairWaitsUntil, address, now));
  }

  private void count(
      String username, Optional<Instant> pairWaitsUntil, String address, Instant now) {
    UserAccount account = users.lockByUsername(username);
    if (account == null || account.lockedAt(now)) {
      return; // gone, or locked by a concurrent failure
    }
    // after an expired lock, a new series of failures begins
    int failures = account.lockedUntil() == null ? account.failedLogins() + 1 : 1;
    Instant lockedUntil =
        failures >= policy.accountMaxFailures()
            ? ceilToSecond(now.plus(policy.lockDuration()))
            : null;
    users.updateLoginState(username, failures, lockedUntil);
    audit.failed(username, account.role(), "bad password");
    if (lockedUntil != null) {
      audit.lockedOut(username, account.role(), failures, lockedUntil);
      events.publishEvent(new LoginLockedOut(username, address, failures, lockedUntil, true));
    } else {
      pairWaitsUntil.ifPresent(
          until -> {
            audit.lockedOut(username, account.role(), policy.maxFailures(), until);
            events.publishEvent(
                new LoginLockedOut(username, address, policy.maxFailures(), until, false));
          });
    }
  }

  // DATETIME keeps whole seconds: never store a lock that ends before the policy says
  private static Instant ceilToSecond(Instant instant) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    return seconds.equals(instant) ? seconds : seconds.plusSeconds(1);
  }
}
