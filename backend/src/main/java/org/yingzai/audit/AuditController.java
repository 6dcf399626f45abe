package org.yingzai.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Workbooks;

@RestController
@Tag(name = "Audit", description = "审计：审计记录与完整性校验")
class AuditController {

  private final AuditRecords records;
  private final AuditVerification verification;
  private final AuditExcelExport excel;

  AuditController(AuditRecords records, AuditVerification verification, AuditExcelExport excel) {
    this.records = records;
    this.verification = verification;
    this.excel = excel;
  }

  @GetMapping("/api/audit")
  @Operation(
      summary = "Audit records, newest first",
      description =
          "object is type:id (e.g. task:123); from/to are days (2026-01-31), both included")
  PageResponse<AuditRecordResponse> page(
      @RequestParam(required = false) String applicationId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String object,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return records.page(
        AuditRecords.filter(applicationId, actor, object, from, to), PageRequest.of(page, size));
  }

  @GetMapping("/api/audit.xlsx")
  @Operation(summary = "Audit records as an Excel workbook (at most 100,000 rows, newest first)")
  ResponseEntity<StreamingResponseBody> excel(
      @RequestParam(required = false) String applicationId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String object,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
    AuditFilter filter = AuditRecords.filter(applicationId, actor, object, from, to);
    StreamingResponseBody body = out -> excel.write(rows -> records.each(filter, rows), out);
    return Workbooks.attachment("audit.xlsx", body);
  }

  @GetMapping("/api/audit/verification")
  @Operation(
      summary = "Walks the whole hash chain",
      description = "firstBroken: the seq of the first changed, inserted or missing record")
  Verification verification() {
    return verification.verify();
  }
}
