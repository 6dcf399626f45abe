package org.yingzai.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yingzai.catalog.ProofAdminMapper.ChangeRow;
import org.yingzai.catalog.ProofAdminMapper.TextRow;
import org.yingzai.catalog.ProofAdminResponses.ProofChangeResponse;
import org.yingzai.shared.Sha256;
import org.yingzai.shared.Times;

/**
 * The entries of the proof catalogue's audit trail: each holds the proof as it was before and after
 * the change, as JSON with every field and its current commitment text; written and read here.
 */
final class ProofHistory {

  static final String CREATED = "CREATED";
  static final String UPDATED = "UPDATED";
  static final String DELETED = "DELETED";
  static final String COMMITMENT_TEXT_PUBLISHED = "COMMITMENT_TEXT_PUBLISHED";

  static final String VIA_API = "API";
  static final String VIA_IMPORT = "IMPORT";

  // nulls are written: a field that was emptied shows as null, not as missing
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProofHistory() {}

  /** A change of one proof; {@code before} or {@code after} is {@code null} on create or delete. */
  static ChangeRow change(
      String action,
      String via,
      String source,
      StoredProof before,
      StoredProof after,
      String by,
      Instant at) {
    String code = after == null ? before.code() : after.code();
    return new ChangeRow(null, code, action, via, source, by, at, json(before), json(after));
  }

  /** The next version of the proof's commitment text, hashed. */
  static TextRow text(StoredProof before, String code, String text, String by, Instant at) {
    return new TextRow(
        code, before == null ? 1 : before.nextVersion(), text, Sha256.of(text), at, by);
  }

  private static String json(StoredProof proof) {
    if (proof == null) {
      return null;
    }
    Map<String, Object> state = new LinkedHashMap<>();
    for (ProofField field : ProofField.values()) {
      if (field.isTerm()) {
        state.put(field.column(), field.of(proof.terms()));
      }
    }
    state.put("sample", proof.sample());
    TextRow latest = proof.latest();
    if (latest == null) {
      state.put("commitment", null);
    } else {
      Map<String, Object> commitment = new LinkedHashMap<>();
      commitment.put("version", latest.version());
      commitment.put("sha256", latest.sha256());
      commitment.put("text", latest.text());
      state.put("commitment", commitment);
    }
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An entry of the audit trail as administrators see it. */
  static ProofChangeResponse response(ChangeRow row) {
    return new ProofChangeResponse(
        row.id(),
        row.proofCode(),
        row.action(),
        row.via(),
        row.source(),
        row.changedBy(),
        Times.local(row.changedAt()),
        read(row.beforeJson()),
        read(row.afterJson()));
  }

  private static JsonNode read(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A proof change holds no JSON", e);
    }
  }
}
