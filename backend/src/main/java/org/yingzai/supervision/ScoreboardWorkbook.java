package org.yingzai.supervision;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.yingzai.shared.Workbooks;
import org.yingzai.supervision.ScoreboardResponse.Figure;
import org.yingzai.supervision.ScoreboardResponse.GroupTimes;
import org.yingzai.supervision.ScoreboardResponse.StageTimes;

/**
 * The scoreboard of a period as an Excel workbook: its figures with their definitions, its tables.
 */
@Component
class ScoreboardWorkbook {

  void write(ScoreboardResponse board, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.WINDOW)) {
      CellStyle header = Workbooks.bold(workbook);
      Sheet figures = workbook.createSheet("指标");
      Workbooks.row(
          figures,
          0,
          header,
          "统计期间",
          board.from() + " 至 " + board.to(),
          "上期",
          board.previousFrom() + " 至 " + board.previousTo());
      Workbooks.row(figures, 1, header, "指标", "本期", "上期", "分母", "单位", "算法");
      int r = 2;
      for (Figure f : board.figures()) {
        Workbooks.row(
            figures,
            r++,
            null,
            f.title(),
            f.value(),
            f.previous(),
            f.of(),
            f.unit(),
            f.definition());
      }
      r++;
      Workbooks.row(figures, r++, header, "证明事项处置方式", "证明数");
      for (var e : board.proofsByDisposition().entrySet()) {
        Workbooks.row(figures, r++, null, e.getKey(), e.getValue());
      }
      groups(workbook.createSheet("部门时限"), header, board.departments());
      groups(workbook.createSheet("主题时限"), header, board.themes());
      Sheet stages = workbook.createSheet("建筑许可阶段");
      Workbooks.row(stages, 0, header, "阶段", "办结的阶段申请", "用时中位数（工作日）", "第90百分位（工作日）");
      r = 1;
      for (StageTimes s : board.constructionStages()) {
        Workbooks.row(stages, r++, null, s.stage(), s.finished(), s.medianDays(), s.p90Days());
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  private static void groups(Sheet sheet, CellStyle header, java.util.List<GroupTimes> rows) {
    Workbooks.row(
        sheet,
        0,
        header,
        "编码",
        "名称",
        "事项数",
        "承诺压缩",
        "办结件数",
        "用时中位数（工作日）",
        "第90百分位（工作日）",
        "平均法定时限",
        "平均承诺时限",
        "实测压缩");
    int r = 1;
    for (GroupTimes g : rows) {
      Workbooks.row(
          sheet,
          r++,
          null,
          g.code(),
          g.name(),
          g.items(),
          g.promisedReduction(),
          g.finished(),
          g.medianDays(),
          g.p90Days(),
          g.legalDays(),
          g.promisedDays(),
          g.measuredReduction());
    }
  }
}
