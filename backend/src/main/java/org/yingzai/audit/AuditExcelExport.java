package org.yingzai.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** Writes audit records as .xlsx, streaming rows to keep memory flat. */
@Component
class AuditExcelExport {

  static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  void write(Consumer<Consumer<AuditRecordResponse>> records, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      SXSSFSheet sheet = workbook.createSheet("审计记录");
      Row first = sheet.createRow(0);
      String[] titles = {"序号", "时间", "操作人", "角色", "地址", "操作", "对象", "办件", "理由", "变更摘要", "哈希"};
      for (int i = 0; i < titles.length; i++) {
        first.createCell(i).setCellValue(titles[i]);
        first.getCell(i).setCellStyle(header);
      }
      int[] next = {1};
      records.accept(
          record -> {
            Row row = sheet.createRow(next[0]++);
            row.createCell(0).setCellValue(record.seq());
            row.createCell(1).setCellValue(TIME.format(record.at()));
            Object[] texts = {
              record.actor(),
              record.role(),
              record.address(),
              record.action(),
              record.object(),
              record.applicationId(),
              record.reason(),
              record.digest(),
              record.hash()
            };
            for (int i = 0; i < texts.length; i++) {
              if (texts[i] != null) {
                row.createCell(i + 2).setCellValue(texts[i].toString());
              }
            }
          });
      workbook.write(out);
    }
  }
}
