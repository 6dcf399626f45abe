package org.yingzai.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Workbooks;
import org.yingzai.supervision.UrgeRequests.FeedbackRequest;
import org.yingzai.supervision.UrgeRequests.UrgeRequest;

@RestController
@Tag(name = "Urges", description = "督办：效能监察督办与部门书面反馈")
class UrgeController {

  private final UrgeService urges;
  private final ExcelExport excel;

  UrgeController(UrgeService urges, ExcelExport excel) {
    this.urges = urges;
    this.excel = excel;
  }

  @PostMapping("/api/supervision/urges")
  @Operation(summary = "Urge an open application, with the reason")
  ResponseEntity<UrgeResponse> urge(@Valid @RequestBody UrgeRequest request) {
    UrgeResponse urge = urges.urge(request.applicationId(), request.reason());
    return ResponseEntity.created(URI.create("/api/supervision/urges/" + urge.id())).body(urge);
  }

  @GetMapping("/api/supervision/urges")
  @Operation(summary = "Urges of every department, newest first; open=true for those unanswered")
  PageResponse<UrgeResponse> all(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return urges.all(department, open, PageRequest.of(page, size));
  }

  @GetMapping("/api/supervision/urges.xlsx")
  @Operation(summary = "The urges list as an Excel workbook (at most 100,000 rows)")
  ResponseEntity<StreamingResponseBody> allExcel(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) Boolean open) {
    return Workbooks.attachment(
        "urges.xlsx", out -> excel.urges(rows -> urges.each(department, open, rows), out));
  }

  @GetMapping("/api/urges")
  @Operation(summary = "Urges to the caller's department, newest first")
  PageResponse<UrgeResponse> mine(
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return urges.ofMyDepartment(open, PageRequest.of(page, size));
  }

  @PostMapping("/api/urges/{id}/feedback")
  @Operation(summary = "Answer an urge with the department's written feedback")
  UrgeResponse answer(@PathVariable long id, @Valid @RequestBody FeedbackRequest request) {
    return urges.answer(id, request.feedback());
  }
}
