package org.yingzai.ratings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Workbooks;

@RestController
@Tag(name = "Ratings", description = "好差评")
class RatingController {

  private final Ratings ratings;
  private final RatingStatistics statistics;
  private final Rectifications rectifications;
  private final RatingExports exports;

  RatingController(
      Ratings ratings,
      RatingStatistics statistics,
      Rectifications rectifications,
      RatingExports exports) {
    this.ratings = ratings;
    this.statistics = statistics;
    this.rectifications = rectifications;
    this.exports = exports;
  }

  @PostMapping("/api/applications/{id}/ratings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Rate a finished application once, and the officers of its steps")
  RatingResponse rate(@PathVariable String id, @Valid @RequestBody RatingRequest request) {
    return ratings.rate(id, request);
  }

  @GetMapping("/api/applications/{id}/ratings")
  @Operation(summary = "The application's ratings, oldest first")
  List<RatingResponse> ratings(@PathVariable String id) {
    return ratings.of(id);
  }

  @GetMapping("/api/rectifications")
  @Operation(
      summary =
          "Rectifications of bad ratings: the caller's department's for clerks, every one for"
              + " supervisors; open=true for those not yet answered")
  PageResponse<RectificationResponse> rectifications(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) RectificationStatus status,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return rectifications.list(department, status, open, PageRequest.of(page, size));
  }

  @GetMapping("/api/rectifications.xlsx")
  @Operation(summary = "The rectifications list as an Excel workbook (at most 100,000 rows)")
  ResponseEntity<StreamingResponseBody> rectificationsExcel(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) RectificationStatus status,
      @RequestParam(required = false) Boolean open) {
    // whose list it is is settled in the request's thread, where the caller is known
    RectificationMapper.RectificationFilter filter =
        rectifications.filter(department, status, open);
    return Workbooks.attachment(
        "rectifications.xlsx",
        out -> exports.rectifications(rows -> rectifications.each(filter, rows), out));
  }

  @GetMapping("/api/supervision/ratings.xlsx")
  @Operation(summary = "Rating counts and satisfaction rates as an Excel workbook")
  ResponseEntity<StreamingResponseBody> countsExcel(
      @RequestParam(defaultValue = "DEPARTMENT") RatingGroup by,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    List<RatingCounts> groups = statistics.counts(by, from, to);
    return Workbooks.attachment("ratings.xlsx", out -> exports.counts(groups, out));
  }

  @GetMapping("/api/rectifications/{id}")
  @Operation(summary = "One rectification, with its deadlines, levels, call-back and handling")
  RectificationResponse rectification(@PathVariable long id) {
    return rectifications.get(id);
  }

  @GetMapping("/api/applications/{id}/rectification")
  @Operation(summary = "The rectification the application's bad rating opened; 404 when none")
  RectificationResponse ofApplication(@PathVariable String id) {
    return rectifications
        .ofApplication(id)
        .orElseThrow(() -> ProblemException.notFound("RECTIFICATION_NOT_FOUND", id));
  }

  @GetMapping("/api/supervision/ratings")
  @Operation(summary = "Ratings by level and the satisfaction rate per department, item or officer")
  List<RatingCounts> counts(
      @RequestParam(defaultValue = "DEPARTMENT") RatingGroup by,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return statistics.counts(by, from, to);
  }
}
