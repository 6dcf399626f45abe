package org.yingzai.identity;

import java.time.Instant;

/**
 * Repeated wrong passwords made a user's logins wait: from {@code address} only until {@code
 * until}, or from everywhere when {@code wholeAccount}. Published inside the transaction that
 * counted the last failure, so that the user can be told in the inbox rather than in the login
 * answer, which is the same for every refused login.
 */
public record LoginLockedOut(
    String username, String address, int failures, Instant until, boolean wholeAccount) {}
