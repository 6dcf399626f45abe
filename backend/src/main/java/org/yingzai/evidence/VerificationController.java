package org.yingzai.evidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.catalog.RiskLevel;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.evidence.VerificationMapper.VerificationRow;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Times;

/** Supervisors read every draw of the verification sampling, sampled or not, and its outcome. */
@RestController
@RequestMapping("/api/supervision/verifications")
class VerificationController {

  private final VerificationMapper verifications;
  private final WorkingCalendar calendar;

  VerificationController(VerificationMapper verifications, WorkingCalendar calendar) {
    this.verifications = verifications;
    this.calendar = calendar;
  }

  @GetMapping
  @Transactional(readOnly = true)
  PageResponse<VerificationResponse> list(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) VerificationStatus status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageRequest request = PageRequest.of(page, size);
    return PageResponse.read(
        verifications.findPage(department, status, request.offset(), request.size()).stream()
            .map(row -> VerificationResponse.of(row, calendar))
            .toList(),
        request,
        () -> verifications.count(department, status));
  }

  record VerificationResponse(
      String applicationId,
      String departmentCode,
      RiskLevel riskLevel,
      boolean firstCommitment,
      BigDecimal samplingRate,
      double draw,
      boolean sampled,
      VerificationStatus status,
      OffsetDateTime approvedAt,
      OffsetDateTime dueAt,
      boolean dueAtProvisional,
      OffsetDateTime finishedAt,
      String finishedBy,
      String comment) {

    static VerificationResponse of(VerificationRow row, WorkingCalendar calendar) {
      return new VerificationResponse(
          row.applicationId(),
          row.departmentCode(),
          row.riskLevel(),
          row.firstCommitment(),
          row.samplingRate(),
          row.draw(),
          row.sampled(),
          row.status(),
          Times.local(row.approvedAt()),
          Times.local(row.dueAt()),
          calendar.isProvisional(row.approvedAt(), row.dueAt()),
          Times.local(row.finishedAt()),
          row.finishedBy(),
          row.comment());
    }
  }
}
