package org.yingzai.identity.internal;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Too many wrong passwords in a row: the account refuses every login until {@code until}. */
class AccountLockedException extends LockedException {

  private final Instant until;

  AccountLockedException(Instant until) {
    super("Account locked until " + until);
    this.until = until;
  }

  Instant until() {
    return until;
  }
}
