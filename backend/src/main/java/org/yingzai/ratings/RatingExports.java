package org.yingzai.ratings;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** The supervisors' rating counts and rectifications as Excel workbooks, written as they stream. */
@Component
class RatingExports {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static final String[] LEVELS = {"非常满意", "满意", "基本满意", "不满意", "非常不满意"};

  void counts(List<RatingCounts> groups, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet("好差评");
      Object[] head = new Object[LEVELS.length + 4];
      head[0] = "代码";
      head[1] = "名称";
      System.arraycopy(LEVELS, 0, head, 2, LEVELS.length);
      head[LEVELS.length + 2] = "合计";
      head[LEVELS.length + 3] = "满意率（%）";
      row(sheet, 0, header(workbook), head);
      int next = 1;
      for (RatingCounts group : groups) {
        Object[] values = new Object[LEVELS.length + 4];
        values[0] = group.key();
        values[1] = group.name();
        RatingLevel[] levels = RatingLevel.values();
        for (int i = 0; i < levels.length; i++) {
          values[i + 2] = group.counts().getOrDefault(levels[i], 0L);
        }
        values[LEVELS.length + 2] = group.total();
        values[LEVELS.length + 3] = group.satisfactionRate();
        row(sheet, next++, null, values);
      }
      workbook.write(out);
    }
  }

  void rectifications(Consumer<Consumer<RectificationResponse>> rows, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet("差评整改");
      row(
          sheet,
          0,
          header(workbook),
          "办件编号",
          "事项",
          "部门",
          "差评",
          "差评意见",
          "评价时间",
          "状态",
          "回访期限",
          "整改期限",
          "预警等级",
          "回访时间",
          "回访情况",
          "答复时间",
          "整改答复",
          "再次评价");
      int[] next = {1};
      rows.accept(
          r ->
              row(
                  sheet,
                  next[0]++,
                  null,
                  r.applicationNumber(),
                  r.itemName(),
                  r.department(),
                  r.rating().level(),
                  r.rating().comment(),
                  r.rating().ratedAt(),
                  r.status(),
                  r.callbackDeadline(),
                  r.deadline(),
                  r.warningLevel(),
                  r.calledBackAt(),
                  r.callbackNote(),
                  r.answeredAt(),
                  r.handling(),
                  r.secondRating()));
      workbook.write(out);
    }
  }

  private static CellStyle header(SXSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    style.setFont(bold);
    return style;
  }

  private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      var cell = row.createCell(i);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof OffsetDateTime time) {
        cell.setCellValue(TIME.format(time));
      } else if (value != null) {
        cell.setCellValue(value.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }
}
