package org.yingzai.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yingzai.catalog.ProofAdminMapper.ChangeRow;
import org.yingzai.catalog.ProofAdminMapper.TextRow;
import org.yingzai.catalog.ProofAdminResponses.ImportedRow;

/**
 * What an import does to the catalogue, worked out without touching it: the proofs to create and to
 * update, the commitment texts to publish, and each change for the audit trail. Rows equal to the
 * stored proof change nothing.
 *
 * @param changes one per created or updated proof, before (null when created) and after
 */
record ProofImportPlan(
    List<StoredProof> inserts,
    List<StoredProof> updates,
    List<TextRow> texts,
    List<Change> changes,
    List<ImportedRow> rows,
    int unchanged) {

  /** One proof before and after the import; {@code before} is null for a new proof. */
  record Change(StoredProof before, StoredProof after) {}

  /**
   * The plan for the good lines of a file against the stored proofs of the same codes, as {@code
   * by} would make it at {@code at} (both null for a dry run, which writes nothing).
   */
  static ProofImportPlan of(
      List<ProofFileIntake.Line> lines, Map<String, StoredProof> stored, String by, Instant at) {
    List<StoredProof> inserts = new ArrayList<>();
    List<StoredProof> updates = new ArrayList<>();
    List<TextRow> texts = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    List<ImportedRow> rows = new ArrayList<>();
    int unchanged = 0;
    for (ProofFileIntake.Line line : lines) {
      ProofDraft draft = line.draft();
      StoredProof before = stored.get(draft.code());
      if (before == null) {
        TextRow text =
            draft.commitmentText() == null
                ? null
                : ProofHistory.text(null, draft.code(), draft.commitmentText(), by, at);
        StoredProof created = StoredProof.of(draft, false, at, by, text);
        inserts.add(created);
        if (text != null) {
          texts.add(text);
        }
        changes.add(new Change(null, created));
        rows.add(new ImportedRow(line.line(), draft.code(), ProofChangeAction.CREATED, null));
        continue;
      }
      List<ProofField> differences = draft.differencesFrom(before);
      if (differences.isEmpty()) {
        unchanged++;
        continue;
      }
      TextRow text =
          draft.publishesTextOver(before)
              ? ProofHistory.text(before, draft.code(), draft.commitmentText(), by, at)
              : null;
      StoredProof after =
          StoredProof.of(draft, before.sample(), at, by, text == null ? before.latest() : text);
      updates.add(after);
      if (text != null) {
        texts.add(text);
      }
      changes.add(new Change(before, after));
      rows.add(
          new ImportedRow(
              line.line(),
              draft.code(),
              ProofChangeAction.UPDATED,
              differences.stream().map(ProofField::column).toList()));
    }
    return new ProofImportPlan(inserts, updates, texts, changes, rows, unchanged);
  }

  int created() {
    return inserts.size();
  }

  int updated() {
    return updates.size();
  }

  /** The audit trail's entries of this import from the file {@code source}. */
  List<ChangeRow> changeRows(String source, String by, Instant at) {
    return changes.stream()
        .map(
            change ->
                ProofHistory.change(
                    change.before() == null ? ProofChangeAction.CREATED : ProofChangeAction.UPDATED,
                    ProofChangeVia.IMPORT,
                    source,
                    change.before(),
                    change.after(),
                    by,
                    at))
        .toList();
  }
}
