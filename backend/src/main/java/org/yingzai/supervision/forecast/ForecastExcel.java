package org.yingzai.supervision.forecast;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.yingzai.shared.Workbooks;

/** Writes the "likely late" list as .xlsx, streaming rows to keep memory flat. */
@Component
class ForecastExcel {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  void likelyLate(Consumer<Consumer<LikelyLate>> rows, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.WINDOW)) {
      CellStyle header = Workbooks.bold(workbook);
      SXSSFSheet sheet = workbook.createSheet("预计超期办件");
      Workbooks.row(
          sheet, 0, header, "办件编号", "事项", "部门", "承诺期限", "预计办结日期", "超期概率", "预计还需工作日", "剩余工作日", "原因");
      int[] next = {1};
      rows.accept(
          application ->
              Workbooks.row(
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
}
