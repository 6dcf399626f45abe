package org.yingzai.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.yingzai.support.Api;
import org.yingzai.support.Journeys;

/**
 * The proof catalogue's administration over HTTP, the bodies of test proofs, and a snapshot of the
 * catalogue's tables. Test proofs have codes starting with {@code T-}; {@link #removeTestProofs}
 * takes them and their texts and audit entries away again.
 */
final class ProofCalls {

  static final String PROOFS = "/api/admin/proofs";

  private final TestRestTemplate http;
  private final JdbcTemplate jdbc;
  private final Journeys journeys;
  private final String admin;

  /** Calls as the users of the journeys; {@code admin} is the administrator among them. */
  ProofCalls(TestRestTemplate http, JdbcTemplate jdbc, Journeys journeys, String admin) {
    this.http = http;
    this.jdbc = jdbc;
    this.journeys = journeys;
    this.admin = admin;
  }

  Api admin() {
    return journeys.as(admin);
  }

  Api.Response delete(String username, String path) {
    ResponseEntity<String> response =
        journeys.http(username).exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
    return new Api.Response(response, new com.fasterxml.jackson.databind.ObjectMapper());
  }

  /** The export as bytes, with its response headers. */
  ResponseEntity<byte[]> export(String username, String format) {
    return journeys.http(username).getForEntity(PROOFS + "/export?format=" + format, byte[].class);
  }

  byte[] exported(String format) {
    ResponseEntity<byte[]> response = export(admin, format);
    if (response.getStatusCode().value() != 200) {
      throw new AssertionError("Export answered " + response.getStatusCode());
    }
    return response.getBody();
  }

  Api.Response importFile(String fileName, byte[] content, boolean dryRun) {
    return importFile(admin, fileName, content, dryRun);
  }

  Api.Response importFile(String username, String fileName, byte[] content, boolean dryRun) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    TestRestTemplate client = username == null ? http : journeys.http(username);
    ResponseEntity<String> response =
        client.exchange(
            PROOFS + "/import" + (dryRun ? "?dryRun=true" : ""),
            HttpMethod.POST,
            new HttpEntity<>(parts, headers),
            String.class);
    return new Api.Response(response, new com.fasterxml.jackson.databind.ObjectMapper());
  }

  static Map<String, Object> required(String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", "测试证明");
    body.put("issuingAuthority", "测试局");
    body.put("disposition", "REQUIRED");
    return body;
  }

  static Map<String, Object> sharing(String code) {
    Map<String, Object> body = required(code);
    body.put("disposition", "DATA_SHARING");
    body.put("evidenceType", "SOCIAL_INSURANCE");
    body.put("provider", "social-insurance");
    body.put("fallback", "UPLOAD");
    return body;
  }

  static Map<String, Object> commitment(String code, String text) {
    Map<String, Object> body = required(code);
    body.put("disposition", "COMMITMENT");
    body.put("verificationMethod", "实地核查");
    body.put("verificationDays", 20);
    body.put("riskLevel", "HIGH");
    body.put("commitmentText", text);
    return body;
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  /** Everything in the catalogue's tables, to compare before and after. */
  List<String> snapshot() {
    List<String> rows =
        new java.util.ArrayList<>(
            jdbc.queryForList(
                "SELECT CONCAT_WS('|', code, name, issuing_authority, disposition,"
                    + " IFNULL(evidence_type, '-'), IFNULL(provider, '-'), IFNULL(fallback, '-'),"
                    + " IFNULL(verification_method, '-'), IFNULL(verification_days, '-'),"
                    + " risk_level, IFNULL(basis, '-'), IFNULL(note, '-'), sample, updated_at,"
                    + " updated_by) FROM proof ORDER BY code",
                String.class));
    rows.addAll(
        jdbc.queryForList(
            "SELECT CONCAT_WS('|', proof_code, version, sha256, created_at, created_by)"
                + " FROM proof_commitment_text ORDER BY proof_code, version",
            String.class));
    rows.add("changes:" + jdbc.queryForObject("SELECT COUNT(*) FROM proof_change", Long.class));
    return rows;
  }

  int proofCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM proof", Integer.class);
  }

  void removeTestProofs() {
    jdbc.update("DELETE FROM proof_change WHERE proof_code LIKE 'T-%'");
    jdbc.update("DELETE FROM proof_commitment_text WHERE proof_code LIKE 'T-%'");
    jdbc.update("DELETE FROM proof WHERE code LIKE 'T-%'");
  }
}
