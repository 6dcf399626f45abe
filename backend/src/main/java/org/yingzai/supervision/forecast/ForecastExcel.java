package org.yingzai.supervision.forecast;

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

/** Writes the "likely late" list as .xlsx, streaming rows to keep memory flat. */
@Component
class ForecastExcel {

  static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  void likelyLate(Consumer<Consumer<LikelyLate>> rows, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      SXSSFSheet sheet = workbook.createSheet("预计超期办件");
      row(sheet, 0, header, "办件编号", "事项", "部门", "承诺期限", "预计办结日期", "超期概率", "预计还需工作日", "剩余工作日", "原因");
      int[] next = {1};
      rows.accept(
          application ->
              row(
                  sheet,
                  next[0]++,
                  null,
                  application.number(),
                  application.itemName(),
                  application.departmentName(),
                  application.deadline() == null ? null : TIME.format(application.deadline()),
                  application.estimatedFinish().toString(),
                  application.probability(),
                  application.remainingWorkingDays(),
                  application.workingDaysLeft(),
                  String.join("；", application.reasons())));
      workbook.write(out);
    }
  }

  private static void row(SXSSFSheet sheet, int index, CellStyle style, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      var cell = row.createCell(i);
      if (values[i] instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (values[i] != null) {
        cell.setCellValue(values[i].toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }
}
