package org.yingzai.ratings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.yingzai.shared.Workbooks;

/** The supervisors' rating counts and rectifications as Excel workbooks, written as they stream. */
@Component
class RatingExports {

  private static final String[] LEVELS = {"非常满意", "满意", "基本满意", "不满意", "非常不满意"};

  void counts(List<RatingCounts> groups, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.WINDOW)) {
      Sheet sheet = workbook.createSheet("好差评");
      Object[] head = new Object[LEVELS.length + 4];
      head[0] = "代码";
      head[1] = "名称";
      System.arraycopy(LEVELS, 0, head, 2, LEVELS.length);
      head[LEVELS.length + 2] = "合计";
      head[LEVELS.length + 3] = "满意率（%）";
      Workbooks.row(sheet, 0, Workbooks.bold(workbook), head);
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
        Workbooks.row(sheet, next++, null, values);
      }
      workbook.write(out);
    }
  }

  void rectifications(Consumer<Consumer<RectificationResponse>> rows, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.WINDOW)) {
      Sheet sheet = workbook.createSheet("差评整改");
      Workbooks.row(
          sheet,
          0,
          Workbooks.bold(workbook),
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
              Workbooks.row(
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
}
