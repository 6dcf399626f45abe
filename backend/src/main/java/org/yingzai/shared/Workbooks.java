package org.yingzai.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The Excel workbooks the service hall's lists export: streamed ({@link SXSSFWorkbook}), a bold
 * header row, numbers as numbers and times in Asia/Shanghai as text, downloaded as an attachment.
 */
public final class Workbooks {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** Rows kept in memory while a workbook streams. */
  public static final int WINDOW = 200;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Workbooks() {}

  /** The style of a header row. */
  public static CellStyle bold(SXSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    style.setFont(bold);
    return style;
  }

  /** Writes row {@code index} of the sheet, in {@code style} where one is given. */
  public static void row(Sheet sheet, int index, CellStyle style, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      var cell = row.createCell(i);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof OffsetDateTime time) {
        cell.setCellValue(TIME.format(time.atZoneSameInstant(Times.ZONE)));
      } else if (value instanceof Instant instant) {
        cell.setCellValue(TIME.format(instant.atZone(Times.ZONE)));
      } else if (value != null) {
        cell.setCellValue(value.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  /** The answer that downloads the workbook {@code body} writes as {@code fileName}. */
  public static ResponseEntity<StreamingResponseBody> attachment(
      String fileName, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
