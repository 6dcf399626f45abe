package org.yingzai.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.yingzai.shared.Workbooks;

/** Writes audit records as .xlsx, streaming rows to keep memory flat. */
@Component
class AuditExcelExport {

  void write(Consumer<Consumer<AuditRecordResponse>> records, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(Workbooks.WINDOW)) {
      SXSSFSheet sheet = workbook.createSheet("审计记录");
      Workbooks.row(
          sheet,
          0,
          Workbooks.bold(workbook),
          "序号",
          "时间",
          "操作人",
          "角色",
          "地址",
          "操作",
          "对象",
          "办件",
          "理由",
          "变更摘要",
          "哈希");
      int[] next = {1};
      records.accept(
          record ->
              Workbooks.row(
                  sheet,
                  next[0]++,
                  null,
                  record.seq(),
                  record.at(),
                  record.actor(),
                  record.role(),
                  record.address(),
                  record.action(),
                  record.object(),
                  record.applicationId(),
                  record.reason(),
                  record.digest(),
                  record.hash()));
      workbook.write(out);
    }
  }
}
