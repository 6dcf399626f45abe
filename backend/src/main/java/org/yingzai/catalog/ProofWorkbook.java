package org.yingzai.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Catalogue files as Excel workbooks (.xlsx): the catalogue on the first sheet, one proof a row
 * under a header of the stable column names, and a sheet that explains the columns. Reading streams
 * the first sheet (SAX), so memory stays flat whatever the file holds.
 */
final class ProofWorkbook {

  /** The most bytes all parts of a workbook may inflate to: guards against zip bombs. */
  static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

  private static final int MAX_PARTS = 1_000;

  private ProofWorkbook() {}

  /**
   * Writes the workbook.
   *
   * @param numericColumn the index of the column written as numbers; the others are text
   * @param help rows of the explanation sheet, its first row the header
   */
  static void write(
      String sheetName,
      List<String> header,
      List<List<String>> rows,
      int numericColumn,
      String helpSheetName,
      List<List<String>> help,
      OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      // text cells stay text when edited: codes like 001 keep their zeros
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));

      SXSSFSheet sheet = workbook.createSheet(sheetName);
      sheet.createFreezePane(1, 1);
      Row head = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, 256 * (c == header.size() - 1 ? 60 : 20));
      }
      int r = 1;
      for (List<String> values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          String value = values.get(c);
          Cell cell = row.createCell(c);
          if (c == numericColumn && value != null) {
            cell.setCellValue(Integer.parseInt(value));
          } else {
            cell.setCellStyle(text);
            if (value != null) {
              cell.setCellValue(value);
            }
          }
        }
      }

      SXSSFSheet helpSheet = workbook.createSheet(helpSheetName);
      int h = 0;
      for (List<String> values : help) {
        Row row = helpSheet.createRow(h);
        for (int c = 0; c < values.size(); c++) {
          Cell cell = row.createCell(c);
          cell.setCellValue(values.get(c));
          if (h == 0) {
            cell.setCellStyle(bold);
          }
        }
        h++;
      }
      for (int c = 0; c < 4; c++) {
        helpSheet.setColumnWidth(c, 256 * (c == 3 ? 90 : 22));
      }
      workbook.write(out);
    }
  }

  /**
   * Reads the first sheet of a workbook.
   *
   * @throws ProofSheet.Unreadable when it is not an .xlsx workbook (or is encrypted or damaged)
   * @throws ProofSheet.TooManyRows when it has more than {@code maxRows} data rows or inflates
   *     beyond {@link #MAX_INFLATED_BYTES}
   */
  static ProofSheet read(byte[] content, int maxRows) {
    requireSmallWhenInflated(content);
    Collector collector = new Collector(maxRows);
    try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(workbook);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return new ProofSheet(0, List.of(), List.of());
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                strings,
                collector,
                new DataFormatter(Locale.ROOT),
                false));
        parser.parse(new InputSource(sheet));
      }
    } catch (ProofSheet.TooManyRows | ProofSheet.Unreadable e) {
      throw e;
    } catch (Exception e) {
      throw new ProofSheet.Unreadable(0, "not a readable .xlsx workbook", e);
    }
    return collector.sheet();
  }

  // inflates every part once, counting, before POI opens the package
  private static void requireSmallWhenInflated(byte[] content) {
    long total = 0;
    int parts = 0;
    byte[] buffer = new byte[64 * 1024];
    // commons-compress, as POI: java.util.zip refuses the data descriptors that Excel may write
    try (ZipArchiveInputStream zip =
        new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++parts > MAX_PARTS) {
          throw new ProofSheet.TooManyRows();
        }
        if (entry.isDirectory()) {
          continue;
        }
        int read;
        while ((read = zip.read(buffer)) > 0) {
          total += read;
          if (total > MAX_INFLATED_BYTES) {
            throw new ProofSheet.TooManyRows();
          }
        }
      }
    } catch (IOException e) {
      throw new ProofSheet.Unreadable(0, "not a zip package", e);
    }
    if (parts == 0) {
      throw new ProofSheet.Unreadable(0, "not a zip package", null);
    }
  }

  /** Gathers the rows of a sheet as the SAX handler reports its cells. */
  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final int maxRows;
    private int headerLine;
    private List<String> header = List.of();
    private final List<ProofSheet.Row> rows = new ArrayList<>();
    private List<String> current;

    Collector(int maxRows) {
      this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
      current = new ArrayList<>();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      if (reference == null) {
        current.add(value);
        return;
      }
      int column = new CellReference(reference).getCol();
      while (current.size() < column) {
        current.add(null);
      }
      if (current.size() == column) {
        current.add(value);
      } else {
        current.set(column, value);
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (ProofSheet.blank(current)) {
        return;
      }
      if (headerLine == 0) {
        headerLine = rowNum + 1;
        header = current;
        return;
      }
      if (rows.size() == maxRows) {
        throw new ProofSheet.TooManyRows();
      }
      rows.add(new ProofSheet.Row(rowNum + 1, current));
    }

    ProofSheet sheet() {
      return new ProofSheet(headerLine, header, List.copyOf(rows));
    }
  }
}
