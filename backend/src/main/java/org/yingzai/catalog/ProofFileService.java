package org.yingzai.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.yingzai.catalog.ProofAdminResponses.ImportResponse;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/**
 * Imports the proof catalogue from a file. Every row is checked first ({@link ProofFileIntake}) and
 * nothing changes unless all are good; then the plan ({@link ProofImportPlan}) is made against the
 * locked proofs and written in one transaction, each change in the audit trail. Proofs the file
 * does not name are left as they are: an import never deletes.
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

  ProofFileService(
      ProofAdminMapper proofs,
      ProofFileIntake intake,
      PlatformTransactionManager transactionManager,
      Clock clock,
      ItemCache items) {
    this.proofs = proofs;
    this.intake = intake;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.items = items;
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
