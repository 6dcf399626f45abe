package org.yingzai.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalogue files as CSV (RFC 4180): UTF-8 with a byte order mark so that Excel shows Chinese
 * correctly, comma-separated, CRLF between records, fields quoted when they hold a comma, a quote
 * or a line break. A record whose quoted fields span lines counts as one line, as in a spreadsheet.
 */
final class ProofCsv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ProofCsv() {}

  static void write(List<String> header, List<List<String>> rows, OutputStream out)
      throws IOException {
    out.write(BOM);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    record(writer, header);
    for (List<String> row : rows) {
      record(writer, row);
    }
    writer.flush();
  }

  private static void record(Writer writer, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(field(fields.get(i)));
    }
    writer.write("\r\n");
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || (!value.isEmpty() && (value.charAt(0) == ' ' || value.endsWith(" ")));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /**
   * Reads a CSV file: UTF-8 with or without a byte order mark.
   *
   * @throws ProofSheet.NotUtf8 when the bytes are not UTF-8
   * @throws ProofSheet.Unreadable when a quote is left open or text follows a closing quote
   * @throws ProofSheet.TooManyRows when it has more than {@code maxRows} data rows
   */
  static ProofSheet read(byte[] content, int maxRows) {
    String text = decode(content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = parse(text);
    int headerIndex = 0;
    while (headerIndex < records.size() && ProofSheet.blank(records.get(headerIndex))) {
      headerIndex++;
    }
    if (headerIndex == records.size()) {
      return new ProofSheet(0, List.of(), List.of());
    }
    List<ProofSheet.Row> rows = new ArrayList<>();
    for (int i = headerIndex + 1; i < records.size(); i++) {
      if (ProofSheet.blank(records.get(i))) {
        continue;
      }
      if (rows.size() == maxRows) {
        throw new ProofSheet.TooManyRows();
      }
      rows.add(new ProofSheet.Row(i + 1, records.get(i)));
    }
    return new ProofSheet(headerIndex + 1, records.get(headerIndex), rows);
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProofSheet.NotUtf8();
    }
  }

  /** The records of the text, each a list of fields; record i is line i + 1. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false; // the current field started with a quote
    boolean inQuotes = false;
    boolean closed = false; // the current field's closing quote was read
    int quoteLine = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            inQuotes = false;
            closed = true;
          }
        } else {
          field.append(c);
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        quoted = false;
        closed = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        quoted = false;
        closed = false;
      } else if (closed) {
        throw new ProofSheet.Unreadable(
            records.size() + 1, "text after the closing quote of a field", null);
      } else if (c == '"' && field.isEmpty() && !quoted) {
        quoted = true;
        inQuotes = true;
        quoteLine = records.size() + 1;
      } else {
        // a quote inside an unquoted field is taken as it is, as spreadsheets do
        field.append(c);
      }
    }
    if (inQuotes) {
      throw new ProofSheet.Unreadable(quoteLine, "a quoted field is not closed", null);
    }
    if (!record.isEmpty() || !field.isEmpty() || quoted) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
