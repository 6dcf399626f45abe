package org.yingzai.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

/** Credit records: administrators add and lift them; administrators and supervisors read them. */
@RestController
@RequestMapping("/api/admin/credit-records")
@Tag(name = "Credit records", description = "信用记录（失信名单）")
class CreditRecordController {

  private final CreditRecords records;

  CreditRecordController(CreditRecords records) {
    this.records = records;
  }

  @GetMapping
  @Operation(summary = "Credit records, newest first; filters creditCode and active")
  PageResponse<CreditRecordResponse> list(
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) Boolean active,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return records.list(creditCode, active, PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One credit record")
  CreditRecordResponse get(@PathVariable long id) {
    return records.get(id);
  }

  @PostMapping
  @Operation(summary = "Put an enterprise on the dishonesty list")
  ResponseEntity<CreditRecordResponse> add(@RequestBody CreditRecordRequest request) {
    CreditRecordResponse created = records.add(request);
    return ResponseEntity.created(URI.create("/api/admin/credit-records/" + created.id()))
        .body(created);
  }

  @PostMapping("/{id}/lift")
  @Operation(summary = "Lift a credit record, with the reason")
  CreditRecordResponse lift(
      @PathVariable long id, @RequestBody(required = false) LiftCreditRecordRequest request) {
    return records.lift(id, request == null ? null : request.reason());
  }
}
