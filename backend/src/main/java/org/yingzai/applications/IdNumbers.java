package org.yingzai.applications;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.yingzai.shared.ProblemException;

/**
 * The ID numbers of people who came to the counter: checked, kept encrypted at rest (AES-256-GCM,
 * the key outside the database, {@code yingzai.intake.id-number-key}) and shown only masked. A
 * start without the key fails at once, saying what to set.
 */
@Component
class IdNumbers {

  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  IdNumbers(@Value("${yingzai.intake.id-number-key:}") String key) {
    this.key = key(key);
  }

  /**
   * The number as it is kept: upper case, without blanks.
   *
   * @throws ProblemException 400 {@code ID_NUMBER_INVALID} when it is not a number of that document
   */
  static String requireValid(IdType type, String number) {
    String cleaned = number == null ? "" : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!type.accepts(cleaned)) {
      throw ProblemException.badRequest(
          "ID_NUMBER_INVALID", new DefaultMessageSourceResolvable("intake.idType." + type.name()));
    }
    return cleaned;
  }

  /** The number as every answer shows it: a resident ID's first 3 and last 4, else the last 4. */
  static String mask(IdType type, String number) {
    int head = type == IdType.RESIDENT_ID ? 3 : 0;
    int tail = Math.min(4, number.length() - head);
    return number.substring(0, head)
        + "*".repeat(number.length() - head - tail)
        + number.substring(number.length() - tail);
  }

  String encrypt(String number) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt an ID number", e);
    }
  }

  /** The number in full, for the rare reader allowed it (never an API answer). */
  String decrypt(String stored) {
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("Not an encrypted ID number");
    }
    byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      return new String(
          cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt an ID number: wrong key?", e);
    }
  }

  private static SecretKey key(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "Set YINGZAI_INTAKE_ID_NUMBER_KEY (yingzai.intake.id-number-key) to 32 random bytes in"
              + " Base64, e.g. the output of `openssl rand -base64 32`: the ID numbers of people"
              + " served at the counter are encrypted with it. Keep it outside the database and"
              + " never change it without re-encrypting (docs/operations.md).");
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
