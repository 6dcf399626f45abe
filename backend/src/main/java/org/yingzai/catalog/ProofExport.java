package org.yingzai.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yingzai.shared.Times;

/**
 * The whole proof catalogue as a file, .xlsx (with a sheet of help on each column) or CSV, ordered
 * by code; importing it unchanged changes nothing.
 */
@Component
class ProofExport {

  private final ProofAdminMapper proofs;
  private final MessageSource messages;
  private final Clock clock;

  ProofExport(ProofAdminMapper proofs, MessageSource messages, Clock clock) {
    this.proofs = proofs;
    this.messages = messages;
    this.clock = clock;
  }

  /** A catalogue file ready to be written once the response starts. */
  interface File {

    String fileName();

    String contentType();

    void writeTo(OutputStream out) throws IOException;
  }

  private interface Writing {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The catalogue, read now: the file is written later, outside the request's thread. */
  File export(ProofFileFormat format) {
    List<List<String>> rows =
        proofs.findAll().stream().map(proof -> cells(proof.fields())).toList();
    String fileName =
        "proof-catalogue-"
            + LocalDate.now(clock.withZone(Times.ZONE)).format(DateTimeFormatter.BASIC_ISO_DATE)
            + "."
            + format.extension();
    if (format == ProofFileFormat.CSV) {
      return file(fileName, format, out -> ProofCsv.write(ProofFileIntake.HEADER, rows, out));
    }
    String sheet = text("catalog.proofFile.sheet");
    String helpSheet = text("catalog.proofFile.helpSheet");
    List<List<String>> help = help();
    return file(
        fileName,
        format,
        out ->
            ProofWorkbook.write(
                sheet,
                ProofFileIntake.HEADER,
                rows,
                ProofField.VERIFICATION_DAYS.ordinal(),
                helpSheet,
                help,
                out));
  }

  private static File file(String fileName, ProofFileFormat format, Writing writing) {
    return new File() {
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
}
