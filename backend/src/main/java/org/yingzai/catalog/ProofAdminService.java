package org.yingzai.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.ProofAdminMapper.MaterialUse;
import org.yingzai.catalog.ProofAdminMapper.TextRow;
import org.yingzai.catalog.ProofAdminRequests.ProofRequest;
import org.yingzai.catalog.ProofAdminResponses.CommitmentTextResponse;
import org.yingzai.catalog.ProofAdminResponses.ProofAdminResponse;
import org.yingzai.catalog.ProofAdminResponses.ProofChangeResponse;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.LikePatterns;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The administrator's maintenance of the proof catalogue, one proof at a time. Every change is one
 * transaction that also appends to the catalogue's audit trail; commitment texts get new versions
 * and are never edited or deleted, because signatures name them.
 */
@Service
class ProofAdminService {

  private static final Logger log = LoggerFactory.getLogger(ProofAdminService.class);

  private final ProofAdminMapper proofs;
  private final ProofMessages messages;
  private final Clock clock;
  private final ItemCache items;
  private final AuditTrail audit;

  ProofAdminService(
      ProofAdminMapper proofs,
      ProofMessages messages,
      Clock clock,
      ItemCache items,
      AuditTrail audit) {
    this.proofs = proofs;
    this.messages = messages;
    this.clock = clock;
    this.items = items;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  PageResponse<ProofAdminResponse> list(Disposition disposition, String q, PageRequest page) {
    String pattern = q == null || q.isBlank() ? null : "%" + LikePatterns.escape(q.strip()) + "%";
    return PageResponse.read(
        proofs.findPage(disposition, pattern, page.offset(), page.size()).stream()
            .map(proof -> ProofAdminResponse.of(proof, null))
            .toList(),
        page,
        () -> proofs.count(disposition, pattern));
  }

  @Transactional(readOnly = true)
  ProofAdminResponse get(String code) {
    StoredProof proof = proofs.findByCode(code).orElseThrow(() -> notFound(code));
    return ProofAdminResponse.of(proof, proofs.findUses(code));
  }

  /**
   * Adds a proof, with version 1 of its commitment text when it allows commitments.
   *
   * @throws ProblemException {@code 400 PROOF_INVALID}, {@code 409 PROOF_EXISTS}
   */
  @Transactional
  ProofAdminResponse create(ProofRequest request) {
    ProofDraft draft = require(ProofRules.check(request.fields(), false));
    if (proofs.findByCode(draft.code()).isPresent()) {
      throw ProblemException.conflict("PROOF_EXISTS", draft.code());
    }
    String by = CurrentUser.get().username();
    Instant at = now();
    TextRow text =
        draft.commitmentText() == null
            ? null
            : ProofHistory.text(null, draft.code(), draft.commitmentText(), by, at);
    StoredProof created = StoredProof.of(draft, false, at, by, text);
    try {
      proofs.insertAll(List.of(created));
    } catch (DuplicateKeyException raced) {
      throw ProblemException.conflict("PROOF_EXISTS", draft.code());
    }
    if (text != null) {
      proofs.insertTexts(List.of(text));
    }
    proofs.insertChanges(
        List.of(
            ProofHistory.change(
                ProofChangeAction.CREATED, ProofChangeVia.API, null, null, created, by, at)));
    items.evict();
    audit.record(CatalogAuditAction.PROOF_CREATED, proof(draft.code()), null, state(created, null));
    log.info("Proof {} created by {}", draft.code(), by);
    return ProofAdminResponse.of(created, List.of());
  }

  /**
   * Replaces every field of the proof. A commitment text that differs from the current one is
   * published as its next version; without one the current text stays. Changes nothing, and records
   * nothing, when the proof is already as asked.
   *
   * @throws ProblemException {@code 404 PROOF_NOT_FOUND}, {@code 400 PROOF_INVALID}
   */
  @Transactional
  ProofAdminResponse update(String code, ProofRequest request) {
    StoredProof before = proofs.lockByCode(code).orElseThrow(() -> notFound(code));
    Map<ProofField, String> fields = request.fields();
    String requestedCode = ProofRules.normalize(fields.get(ProofField.CODE));
    fields.put(ProofField.CODE, code);
    ProofRules.Checked checked = ProofRules.check(fields, before.latestVersion() != null);
    if (requestedCode != null && !requestedCode.equals(code)) {
      throw messages.invalid(
          withFirst(
              new ProofViolation(ProofField.CODE, ProofViolation.Reason.CODE_MISMATCH, code),
              checked.violations()));
    }
    ProofDraft draft = require(checked);
    List<ProofField> differences = draft.differencesFrom(before);
    List<MaterialUse> uses = proofs.findUses(code);
    if (differences.isEmpty()) {
      return ProofAdminResponse.of(before, uses);
    }
    String by = CurrentUser.get().username();
    Instant at = now();
    TextRow text =
        draft.publishesTextOver(before)
            ? ProofHistory.text(before, code, draft.commitmentText(), by, at)
            : null;
    StoredProof after =
        StoredProof.of(draft, before.sample(), at, by, text == null ? before.latest() : text);
    proofs.update(after);
    if (text != null) {
      proofs.insertTexts(List.of(text));
    }
    proofs.insertChanges(
        List.of(
            ProofHistory.change(
                ProofChangeAction.UPDATED, ProofChangeVia.API, null, before, after, by, at)));
    items.evict();
    Map<String, Object> change = state(after, text);
    change.put("fields", differences);
    audit.record(CatalogAuditAction.PROOF_UPDATED, proof(code), null, change);
    log.info("Proof {} changed by {}: {}", code, by, differences);
    return ProofAdminResponse.of(after, uses);
  }

  /**
   * Removes a proof no material points to and that never had a commitment text.
   *
   * @throws ProblemException {@code 404 PROOF_NOT_FOUND}, {@code 409 PROOF_IN_USE} (listing the
   *     materials), {@code 409 PROOF_HAS_COMMITMENT_TEXTS}
   */
  @Transactional
  void delete(String code) {
    StoredProof before = proofs.lockByCode(code).orElseThrow(() -> notFound(code));
    List<MaterialUse> uses = proofs.findUses(code);
    if (!uses.isEmpty()) {
      throw ProblemException.conflict("PROOF_IN_USE", code, String.valueOf(uses.size()))
          .with("usedBy", uses);
    }
    if (before.latestVersion() != null) {
      // signatures name the versions of its text: they stay, and so does the proof
      throw ProblemException.conflict("PROOF_HAS_COMMITMENT_TEXTS", code);
    }
    String by = CurrentUser.get().username();
    proofs.delete(code);
    proofs.insertChanges(
        List.of(
            ProofHistory.change(
                ProofChangeAction.DELETED, ProofChangeVia.API, null, before, null, by, now())));
    items.evict();
    audit.record(CatalogAuditAction.PROOF_DELETED, proof(code), null, Map.of("code", code));
    log.info("Proof {} deleted by {}", code, by);
  }

  /** The outcome of publishing a text: whether it is a new version, and the current version. */
  record Publication(boolean created, CommitmentTextResponse text) {}

  /**
   * Publishes the text as the proof's next commitment text version; a text equal to the current
   * version publishes nothing.
   *
   * @throws ProblemException {@code 404 PROOF_NOT_FOUND}, {@code 409 PROOF_COMMITMENT_NOT_ALLOWED},
   *     {@code 400 PROOF_INVALID}
   */
  @Transactional
  Publication publishText(String code, String text) {
    StoredProof before = proofs.lockByCode(code).orElseThrow(() -> notFound(code));
    if (!before.allowsCommitment()) {
      throw ProblemException.conflict("PROOF_COMMITMENT_NOT_ALLOWED", code);
    }
    Map<ProofField, String> fields = before.fields();
    fields.put(ProofField.COMMITMENT_TEXT, text);
    ProofRules.Checked checked = ProofRules.check(fields, false);
    List<ProofViolation> textViolations =
        checked.violations().stream().filter(v -> v.field() == ProofField.COMMITMENT_TEXT).toList();
    if (!textViolations.isEmpty()) {
      throw messages.invalid(textViolations);
    }
    String normalized = ProofRules.normalize(text);
    if (normalized.equals(before.latestText())) {
      return new Publication(false, CommitmentTextResponse.of(code, before.latest()));
    }
    String by = CurrentUser.get().username();
    Instant at = now();
    TextRow row = ProofHistory.text(before, code, normalized, by, at);
    proofs.insertTexts(List.of(row));
    StoredProof after = before.publishing(row, at, by);
    proofs.update(after);
    proofs.insertChanges(
        List.of(
            ProofHistory.change(
                ProofChangeAction.COMMITMENT_TEXT_PUBLISHED,
                ProofChangeVia.API,
                null,
                before,
                after,
                by,
                at)));
    items.evict();
    audit.record(
        CatalogAuditAction.COMMITMENT_TEXT_PUBLISHED,
        proof(code),
        null,
        Map.of("code", code, "version", row.version(), "sha256", row.sha256()));
    log.info("Commitment text {} of proof {} published by {}", row.version(), code, by);
    return new Publication(true, CommitmentTextResponse.of(row));
  }

  /** Every version of the proof's commitment text, newest first. */
  @Transactional(readOnly = true)
  List<CommitmentTextResponse> texts(String code) {
    proofs.findByCode(code).orElseThrow(() -> notFound(code));
    return proofs.findTexts(code).stream().map(CommitmentTextResponse::of).toList();
  }

  /** The proof's audit trail, newest first; also of a deleted proof. */
  @Transactional(readOnly = true)
  PageResponse<ProofChangeResponse> changes(String code, PageRequest page) {
    PageResponse<ProofChangeResponse> changes =
        PageResponse.read(
            proofs.findChanges(code, page.offset(), page.size()).stream()
                .map(ProofHistory::response)
                .toList(),
            page,
            () -> proofs.countChanges(code));
    if (changes.totalElements() == 0 && proofs.findByCode(code).isEmpty()) {
      throw notFound(code);
    }
    return changes;
  }

  static AuditObject proof(String code) {
    return AuditObject.of("proof", code);
  }

  // what the trail's digest covers: the proof's disposition and the text published with it, if any
  private static Map<String, Object> state(StoredProof proof, TextRow published) {
    TextRow text = published == null ? proof.latest() : published;
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", proof.code());
    state.put("disposition", proof.terms().disposition());
    state.put("textVersion", text == null ? null : text.version());
    state.put("textSha256", text == null ? null : text.sha256());
    return state;
  }

  private ProofDraft require(ProofRules.Checked checked) {
    if (!checked.valid()) {
      throw messages.invalid(checked.violations());
    }
    return checked.draft();
  }

  private static List<ProofViolation> withFirst(ProofViolation first, List<ProofViolation> others) {
    return Stream.concat(
            Stream.of(first), others.stream().filter(v -> v.field() != ProofField.CODE))
        .toList();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  static ProblemException notFound(String code) {
    return ProblemException.notFound("PROOF_NOT_FOUND", code);
  }
}
