package org.yingzai.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.yingzai.clock.WarningLevel;
import org.yingzai.shared.Workbooks;
import org.yingzai.supervision.OverviewResponse.DepartmentLoad;
import org.yingzai.supervision.OverviewResponse.ItemTiming;

/** Writes the timing board and the watch lists as .xlsx, streaming rows to keep memory flat. */
@Component
class ExcelExport {

  void overview(OverviewResponse board, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.WINDOW)) {
      CellStyle header = Workbooks.bold(workbook);
      Sheet summary = workbook.createSheet("总览");
      Workbooks.row(
          summary, 0, header, "在办件", "绿色", "黄色", "红色", "待受理", "办结件", "按时办结", "按时办结率", "超过法定期限");
      Workbooks.row(
          summary,
          1,
          null,
          board.open(),
          board.byWarningLevel().get(WarningLevel.GREEN),
          board.byWarningLevel().get(WarningLevel.YELLOW),
          board.byWarningLevel().get(WarningLevel.RED),
          board.awaitingAcceptance(),
          board.finished(),
          board.finishedOnTime(),
          board.onTimeRate(),
          board.overdueByBasis().get(DeadlineBasis.LEGAL));

      Sheet departments = workbook.createSheet("部门");
      Workbooks.row(departments, 0, header, "部门编码", "部门", "在办件", "绿色", "黄色", "红色", "待受理", "超过法定期限");
      int r = 1;
      for (DepartmentLoad load : board.byDepartment()) {
        Workbooks.row(
            departments,
            r++,
            null,
            load.code(),
            load.name(),
            load.open(),
            load.byWarningLevel().get(WarningLevel.GREEN),
            load.byWarningLevel().get(WarningLevel.YELLOW),
            load.byWarningLevel().get(WarningLevel.RED),
            load.awaitingAcceptance(),
            load.overdueByBasis().get(DeadlineBasis.LEGAL));
      }

      Sheet items = workbook.createSheet("事项用时");
      Workbooks.row(
          items,
          0,
          header,
          "事项编码",
          "事项名称",
          "部门",
          "时限单位",
          "法定时限",
          "承诺时限",
          "办结件",
          "按时办结",
          "按时办结率",
          "实际用时中位数",
          "实际用时90分位",
          "承诺压缩比例",
          "实际压缩比例");
      r = 1;
      for (ItemTiming item : board.items()) {
        Workbooks.row(
            items,
            r++,
            null,
            item.code(),
            item.name(),
            item.departmentCode(),
            item.limitUnit(),
            item.legalLimit(),
            item.promisedLimit(),
            item.finished(),
            item.finishedOnTime(),
            item.onTimeRate(),
            item.medianWorkingDays(),
            item.p90WorkingDays(),
            item.promisedReduction(),
            item.actualReduction());
      }
      workbook.write(out);
    }
  }

  void watchList(String title, Consumer<Consumer<WatchedApplication>> rows, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.WINDOW)) {
      CellStyle header = Workbooks.bold(workbook);
      SXSSFSheet sheet = workbook.createSheet(title);
      Workbooks.row(
          sheet, 0, header, "办件编号", "事项", "部门", "状态", "受理日期", "办理期限", "预警等级", "暂停计时", "法定期限",
          "超过法定期限");
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
                  application.status(),
                  application.acceptedAt(),
                  application.deadline(),
                  application.warningLevel(),
                  application.clockPaused() ? "是" : "否",
                  application.legalDeadline(),
                  application.pastLegal() ? "是" : "否"));
      workbook.write(out);
    }
  }

  void urges(Consumer<Consumer<UrgeResponse>> rows, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.WINDOW)) {
      CellStyle header = Workbooks.bold(workbook);
      SXSSFSheet sheet = workbook.createSheet("督办");
      Workbooks.row(
          sheet, 0, header, "办件编号", "事项", "部门", "督办人", "督办时间", "督办理由", "反馈人", "反馈时间", "书面反馈");
      int[] next = {1};
      rows.accept(
          urge ->
              Workbooks.row(
                  sheet,
                  next[0]++,
                  null,
                  urge.applicationNumber(),
                  urge.itemName(),
                  urge.departmentCode(),
                  urge.urgedBy(),
                  urge.urgedAt(),
                  urge.reason(),
                  urge.answeredBy(),
                  urge.answeredAt(),
                  urge.feedback()));
      workbook.write(out);
    }
  }
}
