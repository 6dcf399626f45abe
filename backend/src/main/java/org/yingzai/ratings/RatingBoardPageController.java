package org.yingzai.ratings;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;

/**
 * 好差评 on the supervisor's board: the satisfaction rate per department and the open rectifications
 * with their deadlines and levels, refreshing itself with the board.
 */
@PageController
class RatingBoardPageController {

  private static final int PAGE_SIZE = 10;

  private final RatingStatistics statistics;
  private final Rectifications rectifications;

  RatingBoardPageController(RatingStatistics statistics, Rectifications rectifications) {
    this.statistics = statistics;
    this.rectifications = rectifications;
  }

  @GetMapping("/board/ratings")
  String ratings(
      @RequestParam(required = false) String department,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String only = department == null || department.isBlank() ? null : department.strip();
    List<RatingCounts> counts =
        statistics.counts(RatingGroup.DEPARTMENT, null, null).stream()
            .filter(group -> only == null || only.equals(group.key()))
            .toList();
    model.addAttribute("department", only);
    model.addAttribute("counts", counts);
    model.addAttribute("levels", RatingLevel.values());
    model.addAttribute(
        "rectifications",
        rectifications.list(only, null, true, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
    return "ratings/board :: ratings";
  }
}
