package org.yingzai.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yingzai.shared.ProblemException;

/**
 * Reads a catalogue file: tells its format from its content, reads its sheet, checks the header and
 * every row, and answers the drafts only when every row is good, or every problem at once.
 */
@Component
class ProofFileIntake {

  private static final Logger log = LoggerFactory.getLogger(ProofFileIntake.class);

  static final int MAX_FILE_MEGABYTES = 10;
  static final long MAX_FILE_BYTES = MAX_FILE_MEGABYTES * 1024L * 1024L;
  static final int MAX_ROWS = 5_000;

  /** The header of every file, in this order. */
  static final List<String> HEADER =
      Arrays.stream(ProofField.values()).map(ProofField::column).toList();

  private final ProofMessages problems;

  ProofFileIntake(ProofMessages problems) {
    this.problems = problems;
  }

  /** A good row of the file: its line and the proof it describes. */
  record Line(int line, ProofDraft draft) {}

  /** A file whose every row is good. */
  record Intake(ProofFileFormat format, List<Line> lines) {

    List<String> codes() {
      return lines.stream().map(line -> line.draft().code()).toList();
    }
  }

  /**
   * @throws ProblemException {@code 400 PROOF_IMPORT_INVALID} listing every bad row, {@code 400
   *     PROOF_IMPORT_FORMAT_UNSUPPORTED}, {@code PROOF_IMPORT_ENCODING}, {@code
   *     PROOF_IMPORT_UNREADABLE}, {@code PROOF_IMPORT_EMPTY}, {@code 413 PROOF_IMPORT_TOO_LARGE}
   */
  Intake read(String fileName, String contentType, byte[] content) {
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
    ProofSheet sheet = sheet(format, content);
    if (sheet.header().isEmpty() || sheet.rows().isEmpty()) {
      throw ProblemException.badRequest("PROOF_IMPORT_EMPTY");
    }
    return new Intake(format, check(sheet));
  }

  static ProblemException tooLarge() {
    return new ProblemException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "PROOF_IMPORT_TOO_LARGE",
        String.valueOf(MAX_FILE_MEGABYTES),
        String.valueOf(MAX_ROWS));
  }

  private ProofSheet sheet(ProofFileFormat format, byte[] content) {
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

  /** Every row checked; the good lines when all are good. */
  private List<Line> check(ProofSheet sheet) {
    List<Map<String, Object>> errors = new ArrayList<>();
    Map<Integer, ProofField> columns = columns(sheet, errors);
    if (!errors.isEmpty()) {
      throw invalid(errors, 1);
    }
    List<Line> lines = new ArrayList<>();
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
        lines.add(new Line(row.line(), checked.draft()));
      }
    }
    if (!errors.isEmpty()) {
      throw invalid(errors, badRows);
    }
    return lines;
  }

  private static ProblemException invalid(List<Map<String, Object>> errors, int badRows) {
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
}
