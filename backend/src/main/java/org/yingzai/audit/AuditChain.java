package org.yingzai.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * How records are chained: a record's hash is sha256(previous hash ‖ canonical form), the canonical
 * form being a JSON array of all its fields but the hashes in a fixed order, times in UTC. Not
 * thread-safe: each thread hashes with a chain of its own.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  // sorted keys, ISO times: the same change always gives the same text
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private final MessageDigest sha256;

  AuditChain() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The change as canonical JSON: maps and objects with their keys sorted, times as ISO text. */
  static String canonicalJson(Object change) {
    try {
      return CANONICAL.writeValueAsString(CANONICAL.convertValue(change, Object.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("The change cannot be written as JSON", e);
    }
  }

  /** The record's fields in their fixed order, as a JSON array; its hashes are not part of it. */
  static String canonicalForm(AuditRecord record) {
    try {
      return CANONICAL.writeValueAsString(
          Arrays.asList(
              record.seq(),
              DateTimeFormatter.ISO_INSTANT.format(record.at()),
              record.actor(),
              record.role(),
              record.address(),
              record.objectType(),
              record.objectId(),
              record.applicationId(),
              record.action(),
              record.reason(),
              record.digest()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** sha256 of the change's canonical JSON ({@code null} is the text {@code null}). */
  String digest(Object change) {
    return sha256(canonicalJson(change));
  }

  /** The hash the record must carry after the given previous hash. */
  String hash(String prevHash, AuditRecord record) {
    return sha256(prevHash + canonicalForm(record));
  }

  private String sha256(String text) {
    return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
