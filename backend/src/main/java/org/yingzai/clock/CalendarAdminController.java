package org.yingzai.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.clock.CalendarRequests.PublishYearRequest;
import org.yingzai.clock.CalendarResponses.ChangeResponse;
import org.yingzai.clock.CalendarResponses.YearResponse;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

/** Administrators maintain the calendar year by year; every change is in its audit trail. */
@RestController
@RequestMapping("/api/admin/calendar")
@Tag(name = "Calendar administration", description = "工作日历维护（管理员）")
class CalendarAdminController {

  private final CalendarService calendar;

  CalendarAdminController(CalendarService calendar) {
    this.calendar = calendar;
  }

  @PutMapping("/years/{year}")
  @Operation(
      summary =
          "Publish a year's calendar or replace it: all its holidays and make-up working days;"
              + " refused as a whole, with every bad entry listed, when any entry is bad")
  ResponseEntity<YearResponse> publish(
      @PathVariable int year, @Valid @RequestBody PublishYearRequest request) {
    CalendarService.Publication publication = calendar.publish(year, request);
    return ResponseEntity.status(publication.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(publication.year());
  }

  @DeleteMapping("/years/{year}")
  @Operation(summary = "Withdraw a year's calendar: the year is counted Monday to Friday again")
  ResponseEntity<Void> delete(@PathVariable int year) {
    calendar.delete(year);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/changes")
  @Operation(summary = "The calendar's audit trail, newest first")
  PageResponse<ChangeResponse> changes(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return calendar.changes(year, PageRequest.of(page, size));
  }
}
