package org.yingzai.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.catalog.ProofAdminMapper.ChangeRow;
import org.yingzai.catalog.ProofAdminMapper.TextRow;
import org.yingzai.catalog.ProofAdminResponses.ImportResponse;
import org.yingzai.catalog.ProofAdminResponses.ImportedRow;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The whole proof catalogue as a file: exported as .xlsx or CSV, imported from either. An import
 * checks every row first and changes nothing unless all are good; then it creates and updates every
 * row in one transaction, each change in the audit trail. Proofs the file does not name are left as
 * they are: an import never deletes.
 */
@Service
class ProofFileService {

  private static final Logger log = LoggerFactory.getLogger(ProofFileService.class);

  static final int MAX_FILE_MEGABYTES = 10;
  static final long MAX_FILE_BYTES = MAX_FILE_MEGABYTES * 1024L * 1024L;
  static final int MAX_ROWS = 5_000;

  /** The header of every file, in this order. */
  static final List<String> HEADER =
      Arrays.stream(ProofField.values()).map(ProofField::column).toList();

  // rows per multi-row INSERT: well below max_allowed_packet even with long commitment texts
  private static final int CHUNK = 200;

  private final ProofAdminMapper proofs;
  private final ProofMessages problems;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ProofFileService(
      ProofAdminMapper proofs,
      ProofMessages problems,
      MessageSource messages,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.proofs = proofs;
    this.problems = problems;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** A catalogue file ready to be written once the response starts. */
  interface Export {

    String fileName();

    String contentType();

    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * The whole catalogue, ordered by code. Read now: the file is written later, outside the
   * request's thread.
   */
  Export export(ProofFileFormat format) {
    List<List<String>> rows =
        proofs.findAll().stream().map(proof -> cells(ProofAdminService.fieldsOf(proof))).toList();
    String fileName =
        "proof-catalogue-"
            + LocalDate.now(clock.withZone(Times.ZONE)).format(DateTimeFormatter.BASIC_ISO_DATE)
            + "."
            + format.extension();
    if (format == ProofFileFormat.CSV) {
      return export(fileName, format, out -> ProofCsv.write(HEADER, rows, out));
    }
    String sheet = text("catalog.proofFile.sheet");
    String helpSheet = text("catalog.proofFile.helpSheet");
    List<List<String>> help = help();
    return export(
        fileName,
        format,
        out ->
            ProofWorkbook.write(
                sheet, HEADER, rows, ProofField.VERIFICATION_DAYS.ordinal(), helpSheet, help, out));
  }

  private interface Writing {
    void writeTo(OutputStream out) throws IOException;
  }

  private static Export export(String fileName, ProofFileFormat format, Writing writing) {
    return new Export() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public String contentType() {
        return format.contentType();
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        writing.writeTo(out);
      }
    };
  }

  /**
   * Imports a catalogue file.
   *
   * @param dryRun checks and compares everything, writes nothing
   * @throws ProblemException {@code 400 PROOF_IMPORT_INVALID} listing every bad row, {@code 400
   *     PROOF_IMPORT_FORMAT_UNSUPPORTED}, {@code PROOF_IMPORT_ENCODING}, {@code
   *     PROOF_IMPORT_UNREADABLE}, {@code PROOF_IMPORT_EMPTY}, {@code 413 PROOF_IMPORT_TOO_LARGE},
   *     {@code 409 PROOF_CHANGE_CONFLICT}
   */
  ImportResponse importFile(String fileName, String contentType, byte[] content, boolean dryRun) {
    if (content.length > MAX_FILE_BYTES) {
      throw tooLarge();
    }
    if (content.length == 0) {
      throw ProblemException.badRequest("PROOF_IMPORT_EMPTY");
    }
    ProofFileFormat format =
        ProofFileFormat.of(fileName, contentType, content)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "PROOF_IMPORT_FORMAT_UNSUPPORTED", String.valueOf(fileName)));
    ProofSheet sheet = read(format, content);
    if (sheet.header().isEmpty() || sheet.rows().isEmpty()) {
      throw ProblemException.badRequest("PROOF_IMPORT_EMPTY");
    }
    List<ProofDraft> drafts = check(sheet);
    List<String> codes = drafts.stream().map(ProofDraft::code).toList();
    String source = fileName == null ? null : abbreviate(fileName.strip(), 255);

    Plan plan;
    if (dryRun) {
      plan = plan(drafts, sheet, index(proofs.findAll()), null, null);
    } else {
      String by = CurrentUser.get().username();
      Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      try {
        plan =
            transaction.execute(
                status -> {
                  Plan written = plan(drafts, sheet, index(lock(codes)), by, at);
                  write(written, source, by, at);
                  return written;
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
        format.extension(),
        drafts.size(),
        plan.created(),
        plan.updated(),
        plan.unchanged(),
        plan.rows());
  }

  private ProofSheet read(ProofFileFormat format, byte[] content) {
    try {
      if (format == ProofFileFormat.XLSX) {
        return ProofWorkbook.read(content, MAX_ROWS);
      }
      if (ProofFileFormat.binary(content)) {
        throw new ProofSheet.Unreadable(0, "a workbook named as CSV", null);
      }
      return ProofCsv.read(content, MAX_ROWS);
    } catch (ProofSheet.TooManyRows e) {
      throw tooLarge();
    } catch (ProofSheet.NotUtf8 e) {
      throw ProblemException.badRequest("PROOF_IMPORT_ENCODING");
    } catch (ProofSheet.Unreadable e) {
      log.info("Unreadable proof catalogue file ({}): {}", format, e.getMessage());
      ProblemException problem =
          ProblemException.badRequest("PROOF_IMPORT_UNREADABLE", format.extension());
      throw e.line() > 0 ? problem.with("line", e.line()) : problem;
    }
  }

  static ProblemException tooLarge() {
    return new ProblemException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "PROOF_IMPORT_TOO_LARGE",
        String.valueOf(MAX_FILE_MEGABYTES),
        String.valueOf(MAX_ROWS));
  }

  /** Every row checked; the drafts when all are good. */
  private List<ProofDraft> check(ProofSheet sheet) {
    List<Map<String, Object>> errors = new ArrayList<>();
    Map<Integer, ProofField> columns = columns(sheet, errors);
    if (!errors.isEmpty()) {
      throw invalid(errors, 1);
    }
    List<ProofDraft> drafts = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    int badRows = 0;
    for (ProofSheet.Row row : sheet.rows()) {
      int before = errors.size();
      Map<ProofField, String> fields = new EnumMap<>(ProofField.class);
      columns.forEach((index, field) -> fields.put(field, row.cell(index)));
      String code = ProofRules.normalize(fields.get(ProofField.CODE));
      ProofRules.Checked checked = ProofRules.check(fields, false);
      List<ProofViolation> violations = new ArrayList<>(checked.violations());
      if (code != null) {
        Integer first = firstLines.putIfAbsent(code, row.line());
        if (first != null) {
          violations.add(
              0, new ProofViolation(ProofField.CODE, ProofViolation.Reason.DUPLICATE_CODE, first));
        }
      }
      violations.forEach(v -> errors.add(problems.describe(row.line(), code, v)));
      // cells right of the header, or under a blank header cell, would be lost silently
      for (int i = 0; i < row.cells().size(); i++) {
        String cell = row.cells().get(i);
        if (!columns.containsKey(i) && cell != null && !cell.isBlank()) {
          errors.add(
              problems.describe(
                  row.line(), CellReference.convertNumToColString(i), "VALUE_WITHOUT_COLUMN", ""));
        }
      }
      if (errors.size() > before) {
        badRows++;
      } else {
        drafts.add(checked.draft());
      }
    }
    if (!errors.isEmpty()) {
      throw invalid(errors, badRows);
    }
    return drafts;
  }

  private ProblemException invalid(List<Map<String, Object>> errors, int badRows) {
    return ProblemException.badRequest(
            "PROOF_IMPORT_INVALID", String.valueOf(badRows), String.valueOf(errors.size()))
        .with("errors", errors);
  }

  /** The field of each named column; every problem of the header goes to {@code errors}. */
  private Map<Integer, ProofField> columns(ProofSheet sheet, List<Map<String, Object>> errors) {
    Map<Integer, ProofField> columns = new LinkedHashMap<>();
    Map<ProofField, Integer> seen = new EnumMap<>(ProofField.class);
    int line = sheet.headerLine();
    for (int i = 0; i < sheet.header().size(); i++) {
      String name = sheet.header().get(i);
      if (name == null || name.isBlank()) {
        continue;
      }
      String header = name.strip().replace("\uFEFF", "");
      ProofField field = ProofField.ofColumn(header).orElse(null);
      if (field == null) {
        errors.add(problems.describe(line, header, "UNKNOWN_COLUMN", String.join(", ", HEADER)));
      } else if (seen.putIfAbsent(field, i) != null) {
        errors.add(problems.describe(line, field.column(), "DUPLICATE_COLUMN", ""));
      } else {
        columns.put(i, field);
      }
    }
    for (ProofField field : ProofField.values()) {
      if (!seen.containsKey(field)) {
        errors.add(problems.describe(line, field.column(), "MISSING_COLUMN", ""));
      }
    }
    return columns;
  }

  private List<StoredProof> lock(List<String> codes) {
    List<StoredProof> locked = new ArrayList<>();
    for (int from = 0; from < codes.size(); from += 1_000) {
      locked.addAll(proofs.lockByCodes(codes.subList(from, Math.min(codes.size(), from + 1_000))));
    }
    return locked;
  }

  private static Map<String, StoredProof> index(List<StoredProof> stored) {
    return stored.stream().collect(Collectors.toMap(StoredProof::code, Function.identity()));
  }

  /** What an import does: the rows to write and the changes to record. */
  private record Plan(
      List<StoredProof> inserts,
      List<StoredProof> updates,
      List<TextRow> texts,
      List<StoredProof[]> states,
      List<ImportedRow> rows,
      int unchanged) {

    int created() {
      return inserts.size();
    }

    int updated() {
      return updates.size();
    }
  }

  private static Plan plan(
      List<ProofDraft> drafts,
      ProofSheet sheet,
      Map<String, StoredProof> existing,
      String by,
      Instant at) {
    List<StoredProof> inserts = new ArrayList<>();
    List<StoredProof> updates = new ArrayList<>();
    List<TextRow> texts = new ArrayList<>();
    List<StoredProof[]> states = new ArrayList<>();
    List<ImportedRow> rows = new ArrayList<>();
    int unchanged = 0;
    // every row was good, so draft i is of row i
    for (int i = 0; i < drafts.size(); i++) {
      ProofDraft draft = drafts.get(i);
      int line = sheet.rows().get(i).line();
      StoredProof before = existing.get(draft.code());
      if (before == null) {
        TextRow text =
            draft.commitmentText() == null
                ? null
                : ProofHistory.text(null, draft.code(), draft.commitmentText(), by, at);
        StoredProof created = StoredProof.of(draft, false, at, by, text);
        inserts.add(created);
        add(texts, text);
        states.add(new StoredProof[] {null, created});
        rows.add(new ImportedRow(line, draft.code(), ProofHistory.CREATED, null));
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
      add(texts, text);
      states.add(new StoredProof[] {before, after});
      rows.add(
          new ImportedRow(
              line,
              draft.code(),
              ProofHistory.UPDATED,
              differences.stream().map(ProofField::column).toList()));
    }
    return new Plan(inserts, updates, texts, states, rows, unchanged);
  }

  private void write(Plan plan, String source, String by, Instant at) {
    for (List<StoredProof> chunk : chunks(plan.inserts())) {
      proofs.insertAll(chunk);
    }
    plan.updates().forEach(proofs::update);
    for (List<TextRow> chunk : chunks(plan.texts())) {
      proofs.insertTexts(chunk);
    }
    List<ChangeRow> changes =
        plan.states().stream()
            .map(
                state ->
                    ProofHistory.change(
                        state[0] == null ? ProofHistory.CREATED : ProofHistory.UPDATED,
                        ProofHistory.VIA_IMPORT,
                        source,
                        state[0],
                        state[1],
                        by,
                        at))
            .toList();
    for (List<ChangeRow> chunk : chunks(changes)) {
      proofs.insertChanges(chunk);
    }
  }

  private static <T> void add(List<T> list, T element) {
    if (element != null) {
      list.add(element);
    }
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }

  private static List<String> cells(Map<ProofField, String> fields) {
    return Arrays.stream(ProofField.values()).map(fields::get).toList();
  }

  private List<List<String>> help() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            text("catalog.proofFile.helpColumn"),
            text("catalog.proofFile.helpLabel"),
            text("catalog.proofFile.helpMaxLength"),
            text("catalog.proofFile.helpText")));
    for (ProofField field : ProofField.values()) {
      rows.add(
          List.of(
              field.column(),
              text("catalog.proofField." + field.column()),
              String.valueOf(field.maxLength()),
              text("catalog.proofColumnHelp." + field.column())));
    }
    rows.add(List.of());
    rows.add(List.of(text("catalog.proofFile.helpNote")));
    return rows;
  }

  private String text(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, key, locale);
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
