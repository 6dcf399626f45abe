package org.yingzai.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The random draw that decides whether an approval is verified: a number in [0, 1) from the sha256
 * of a secret seed and the application id. With the seed configured, every draw can be reproduced
 * (and is in the tests); without it, a fresh seed is made at start-up. Either way the draw is
 * recorded with the verification.
 */
@Component
class VerificationSampler {

  private final byte[] seed;

  VerificationSampler(@Value("${yingzai.verification.sampling-seed:}") String seed) {
    if (seed.isBlank()) {
      this.seed = new byte[32];
      new SecureRandom().nextBytes(this.seed);
    } else {
      this.seed = seed.getBytes(StandardCharsets.UTF_8);
    }
  }

  double draw(String applicationId) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(seed);
      sha256.update((byte) 0);
      sha256.update(applicationId.getBytes(StandardCharsets.UTF_8));
      // the top 53 bits, as a double in [0, 1) like Random.nextDouble
      long bits = ByteBuffer.wrap(sha256.digest()).getLong() >>> 11;
      return bits * 0x1.0p-53;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
