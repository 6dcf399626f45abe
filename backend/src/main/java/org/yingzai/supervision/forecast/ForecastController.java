package org.yingzai.supervision.forecast;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Workbooks;

@RestController
@Tag(name = "Supervision", description = "效能监察：计时看板")
class ForecastController {

  private final LatenessForecasts forecasts;
  private final ForecastExcel excel;

  ForecastController(LatenessForecasts forecasts, ForecastExcel excel) {
    this.forecasts = forecasts;
    this.excel = excel;
  }

  @GetMapping("/api/supervision/forecast")
  @Operation(
      summary = "Open GREEN applications likely to miss their promised deadline, riskiest first",
      description =
          "From the last refit of the lateness model (hourly); each with its estimated finish, the"
              + " probability of missing the promised deadline and the reasons in words")
  PageResponse<LikelyLate> likelyLate(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return forecasts.page(department, item, PageRequest.of(page, size));
  }

  @GetMapping("/api/supervision/forecast.xlsx")
  @Operation(summary = "The likely-late list as an Excel workbook (at most 100,000 rows)")
  ResponseEntity<StreamingResponseBody> likelyLateExcel(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item) {
    // the body is written on another thread: the reader's language is taken now
    Locale locale = LocaleContextHolder.getLocale();
    return Workbooks.attachment(
        "likely-late.xlsx",
        out -> excel.likelyLate(rows -> forecasts.each(department, item, locale, rows), out));
  }
}
