package org.yingzai.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.applications.ApplicationResponse;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ItemFilter;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.Departments;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The supervisor's timing board (效能监察): open work by level and department, the on-time rate, the
 * time used per item against its limits, the overdue and at-risk lists and the urges with the
 * departments' feedback, each part refreshing itself; and an application as a supervisor reads and
 * urges it. The same services as the supervision API.
 */
@PageController
class BoardPageController {

  static final int LIST_SIZE = 10;

  /** Where each list's Excel export is, for the template (which reads no enum methods). */
  private static final Map<String, String> EXPORTS = exports();

  private final OverviewService overview;
  private final WatchListService watchLists;
  private final UrgeService urges;
  private final BoardCharts charts;
  private final Departments departments;
  private final Catalog catalog;
  private final ApplicationViews applications;
  private final MessageSource messages;

  BoardPageController(
      OverviewService overview,
      WatchListService watchLists,
      UrgeService urges,
      BoardCharts charts,
      Departments departments,
      Catalog catalog,
      ApplicationViews applications,
      MessageSource messages) {
    this.overview = overview;
    this.watchLists = watchLists;
    this.urges = urges;
    this.charts = charts;
    this.departments = departments;
    this.catalog = catalog;
    this.applications = applications;
    this.messages = messages;
  }

  @GetMapping("/board")
  String board(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    BoardFilter filter = BoardFilter.of(department, item, from, to);
    model.addAttribute("filter", filter);
    model.addAttribute("filtered", !filter.equals(BoardFilter.of(null, null, null, null)));
    model.addAttribute("departments", departments.findAll());
    model.addAttribute("items", items());
    summary(filter, model);
    Map<BoardList, PageResponse<WatchedApplication>> lists = new EnumMap<>(BoardList.class);
    for (BoardList list : BoardList.values()) {
      lists.put(list, list(list, filter, 0));
    }
    model.addAttribute("watchLists", lists);
    model.addAttribute("exports", EXPORTS);
    model.addAttribute("urges", urges.all(filter.department(), true, PageRequest.of(0, LIST_SIZE)));
    model.addAttribute("urgesOpen", true);
    return "supervision/board";
  }

  /** The figures and charts, polled by the board. */
  @GetMapping("/board/summary")
  String summary(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    BoardFilter filter = BoardFilter.of(department, item, from, to);
    model.addAttribute("filter", filter);
    summary(filter, model);
    return "supervision/board :: summary";
  }

  /** One page of a watch list, polled by the board and paged within it. */
  @GetMapping("/board/lists/{list}")
  String list(
      @PathVariable String list,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    BoardList named = named(list);
    BoardFilter filter = BoardFilter.of(department, item, null, null);
    model.addAttribute("filter", filter);
    model.addAttribute("list", named);
    model.addAttribute("exports", EXPORTS);
    model.addAttribute("rows", list(named, filter, page));
    return "supervision/board :: list";
  }

  /** One page of the urges, open or answered with the departments' feedback. */
  @GetMapping("/board/urges")
  String urges(
      @RequestParam(required = false) String department,
      @RequestParam(defaultValue = "true") boolean open,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    BoardFilter filter = BoardFilter.of(department, null, null, null);
    model.addAttribute("filter", filter);
    model.addAttribute(
        "urges", urges.all(filter.department(), open, PageRequest.of(page, LIST_SIZE)));
    model.addAttribute("urgesOpen", open);
    return "supervision/board :: urges";
  }

  @GetMapping("/board/applications/{id}")
  String application(@PathVariable String id, Model model) {
    return application(applications.get(id), null, null, model);
  }

  @PostMapping("/board/applications/{id}/urges")
  String urge(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    ApplicationResponse application = applications.get(id);
    String error = null;
    if (reason == null || reason.isBlank()) {
      error = message("board.urge.reasonRequired");
    } else if (reason.length() > 2000) {
      error = message("board.urge.reasonTooLong", 2000);
    } else {
      try {
        urges.urge(id, reason);
        redirect.addFlashAttribute("done", message("board.urge.done", application.number()));
        return "redirect:/board/applications/" + id;
      } catch (ProblemException refused) {
        response.setStatus(refused.status().value());
        error = messages.getMessage("problem." + refused.code(), refused.arguments(), locale());
      }
    }
    if (response.getStatus() < 400) {
      response.setStatus(422);
    }
    return application(application, reason, error, model);
  }

  private String application(
      ApplicationResponse application, String typed, String error, Model model) {
    model.addAttribute("app", application);
    model.addAttribute("urgeList", urges.ofApplication(application.id()));
    model.addAttribute("typed", typed);
    model.addAttribute("urgeError", error);
    return "supervision/application";
  }

  private void summary(BoardFilter filter, Model model) {
    OverviewResponse board =
        overview.overview(filter.department(), filter.item(), filter.from(), filter.to());
    Locale locale = locale();
    model.addAttribute("board", board);
    model.addAttribute("openChart", charts.openByDepartment(board, locale));
    model.addAttribute("itemChart", charts.itemTiming(board, locale));
  }

  private PageResponse<WatchedApplication> list(BoardList list, BoardFilter filter, int page) {
    PageRequest request = PageRequest.of(Math.max(0, page), LIST_SIZE);
    return switch (list) {
      case OVERDUE ->
          watchLists.overdue(DeadlineBasis.PROMISED, filter.department(), filter.item(), request);
      case OVERDUE_LEGAL ->
          watchLists.overdue(DeadlineBasis.LEGAL, filter.department(), filter.item(), request);
      case AT_RISK -> watchLists.page(list.level(), filter.department(), filter.item(), request);
    };
  }

  private List<ServiceItem> items() {
    return catalog.findItems(ItemFilter.none(), PageRequest.of(0, PageResponse.MAX_SIZE)).content();
  }

  private static Map<String, String> exports() {
    Map<String, String> exports = new LinkedHashMap<>();
    for (BoardList list : BoardList.values()) {
      exports.put(list.name(), list.export());
    }
    return Map.copyOf(exports);
  }

  private static BoardList named(String list) {
    for (BoardList candidate : BoardList.values()) {
      if (candidate.name().equalsIgnoreCase(list.replace('-', '_'))) {
        return candidate;
      }
    }
    throw ProblemException.notFound("LIST_NOT_FOUND", list);
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
