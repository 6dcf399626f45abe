package org.yingzai.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.ProofAdminResponses.ImportResponse;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/**
 * Imports the proof catalogue from a file. Every row is checked first ({@link ProofFileIntake}) and
 * nothing changes unless all are good; then the plan ({@link ProofImportPlan}) is made against the
 * locked proofs and written in one transaction, each change in the audit trail. Proofs the file
 * does not name are left as they are: an import never deletes. The audit trail gets one record per
 * import, with its counts and the file's sha256; the catalogue's own trail has every row's change.
 */
@Service
class ProofFileService {

  private static final Logger log = LoggerFactory.getLogger(ProofFileService.class);

  // rows per multi-row INSERT: well below max_allowed_packet even with long commitment texts
  private static final int CHUNK = 200;
  private static final int LOCK_BATCH = 1_000;

  private final ProofAdminMapper proofs;
  private final ProofFileIntake intake;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ItemCache items;
  private final AuditTrail audit;

  ProofFileService(
      ProofAdminMapper proofs,
      ProofFileIntake intake,
      PlatformTransactionManager transactionManager,
      Clock clock,
      ItemCache items,
      AuditTrail audit) {
    this.proofs = proofs;
    this.intake = intake;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.items = items;
    this.audit = audit;
  }

  /**
   * Imports a catalogue file.
   *
   * @param dryRun checks and compares everything, writes nothing
   * @throws ProblemException what {@link ProofFileIntake#read} refuses, and {@code 409
   *     PROOF_CHANGE_CONFLICT}
   */
  ImportResponse importFile(String fileName, String contentType, byte[] content, boolean dryRun) {
    ProofFileIntake.Intake file = intake.read(fileName, contentType, content);
    String source = fileName == null ? null : abbreviate(fileName.strip(), 255);
    ProofImportPlan plan;
    if (dryRun) {
      plan = ProofImportPlan.of(file.lines(), index(proofs.findAll()), null, null);
    } else {
      String by = CurrentUser.get().username();
      Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      try {
        plan =
            transaction.execute(
                status -> {
                  ProofImportPlan made =
                      ProofImportPlan.of(file.lines(), index(lock(file.codes())), by, at);
                  write(made, source, by, at);
                  recordImport(made, file, source, content);
                  return made;
                });
      } catch (DuplicateKeyException raced) {
        // a proof of the file was created by someone else meanwhile
        throw ProblemException.conflict("PROOF_CHANGE_CONFLICT");
      }
      log.info(
          "Proof catalogue imported by {} from {}: {} created, {} updated, {} unchanged",
          by,
          source,
          plan.created(),
          plan.updated(),
          plan.unchanged());
    }
    return new ImportResponse(
        dryRun,
        file.format().extension(),
        file.lines().size(),
        plan.created(),
        plan.updated(),
        plan.unchanged(),
        plan.rows());
  }

  private void recordImport(
      ProofImportPlan plan, ProofFileIntake.Intake file, String source, byte[] content) {
    String sha256 = sha256(content);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("file", source);
    change.put("format", file.format().extension());
    change.put("sha256", sha256);
    change.put("rows", file.lines().size());
    change.put("created", plan.created());
    change.put("updated", plan.updated());
    change.put("unchanged", plan.unchanged());
    audit.record(
        CatalogAuditAction.PROOF_CATALOGUE_IMPORTED,
        AuditObject.of("proof-catalogue", sha256),
        null,
        change);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<StoredProof> lock(List<String> codes) {
    List<StoredProof> locked = new ArrayList<>();
    for (int from = 0; from < codes.size(); from += LOCK_BATCH) {
      locked.addAll(
          proofs.lockByCodes(codes.subList(from, Math.min(codes.size(), from + LOCK_BATCH))));
    }
    return locked;
  }

  private static Map<String, StoredProof> index(List<StoredProof> stored) {
    return stored.stream().collect(Collectors.toMap(StoredProof::code, Function.identity()));
  }

  private void write(ProofImportPlan plan, String source, String by, Instant at) {
    chunks(plan.inserts()).forEach(proofs::insertAll);
    plan.updates().forEach(proofs::update);
    chunks(plan.texts()).forEach(proofs::insertTexts);
    chunks(plan.changeRows(source, by, at)).forEach(proofs::insertChanges);
    items.evict();
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
