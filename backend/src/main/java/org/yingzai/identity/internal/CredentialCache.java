package org.yingzai.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Passwords recently verified with BCrypt, so that a client sending the same credentials with every
 * request pays the slow hash once every few minutes. Keyed by username and a SHA-256 of the
 * password (salted with a random value of this process); an entry counts only while the account's
 * password hash is the one it was verified against, so a new password makes it worthless.
 */
@Component
class CredentialCache {

  private record Entry(String username, String passwordHash, Instant verifiedAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] salt = new byte[32];
  private final Duration ttl;
  private final int maxSize;

  CredentialCache(LoginPolicy policy) {
    new SecureRandom().nextBytes(salt);
    this.ttl = policy.credentialCacheTtl();
    this.maxSize = policy.credentialCacheSize();
  }

  boolean isVerified(String username, String password, String passwordHash, Instant now) {
    Entry entry = entries.get(key(username, password));
    return entry != null && entry.passwordHash().equals(passwordHash) && fresh(entry, now);
  }

  void remember(String username, String password, String passwordHash, Instant now) {
    if (entries.size() >= maxSize) {
      entries.values().removeIf(entry -> !fresh(entry, now));
      if (entries.size() >= maxSize) {
        entries.clear();
      }
    }
    entries.put(key(username, password), new Entry(username, passwordHash, now));
  }

  void evict(String username) {
    entries.values().removeIf(entry -> entry.username().equals(username));
  }

  int size() {
    return entries.size();
  }

  private boolean fresh(Entry entry, Instant now) {
    // a clock moved back before the check counts as expired too
    return !now.isBefore(entry.verifiedAt()) && now.isBefore(entry.verifiedAt().plus(ttl));
  }

  private String key(String username, String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      sha256.update(password.getBytes(StandardCharsets.UTF_8));
      return username + '\u0000' + HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
