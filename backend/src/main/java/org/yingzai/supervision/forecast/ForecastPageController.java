package org.yingzai.supervision.forecast;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.identity.Departments;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

/**
 * The "likely late" list as a page of the supervisors' board; its table is the fragment {@code
 * supervision/forecast :: likelyLate}, which the board includes and htmx reads again by itself.
 */
@PageController
class ForecastPageController {

  private static final int PAGE_SIZE = 20;

  private final LatenessForecasts forecasts;
  private final Departments departments;

  ForecastPageController(LatenessForecasts forecasts, Departments departments) {
    this.forecasts = forecasts;
    this.departments = departments;
  }

  @GetMapping("/board/forecast")
  String forecast(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) Integer page,
      Model model) {
    fill(department, item, page, model);
    model.addAttribute("departments", departments.findAll());
    return "supervision/forecast";
  }

  /** The likely-late table on the timing board, refreshed with it. */
  @GetMapping("/board/forecast/list")
  String list(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) Integer page,
      Model model) {
    fill(department, item, page, model);
    return "supervision/forecast :: likelyLate";
  }

  private void fill(String department, String item, Integer page, Model model) {
    String departmentCode = blankToNull(department);
    String itemCode = blankToNull(item);
    PageResponse<LikelyLate> likelyLate =
        forecasts.page(departmentCode, itemCode, PageRequest.of(page, PAGE_SIZE));
    model.addAttribute("likelyLate", likelyLate);
    model.addAttribute(
        "likelyLatePages", Math.max(1, (likelyLate.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute("department", departmentCode);
    model.addAttribute("item", itemCode);
    model.addAttribute("threshold", Math.round(forecasts.threshold() * 100));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
