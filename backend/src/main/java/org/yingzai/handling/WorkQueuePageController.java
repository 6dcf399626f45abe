package org.yingzai.handling;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.applications.Step;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ItemFilter;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

/**
 * The clerk's workbench: the work queue, with its filters kept in the session between visits, and
 * claiming a task from it.
 */
@PageController
class WorkQueuePageController {

  /** The queue's filters, kept per user in the session and restored on a bare visit. */
  static final String FILTER = WorkQueuePageController.class.getName() + ".filter";

  private static final int PAGE_SIZE = 25;

  /** The steps a clerk's queue holds, in the order of the approval path. */
  private static final List<Step> QUEUE_STEPS =
      List.of(Step.ACCEPT, Step.REVIEW, Step.DECIDE, Step.VERIFY, Step.CALL_BACK, Step.RECTIFY);

  private static final List<String> FILTER_PARAMETERS =
      List.of("itemCode", "step", "level", "number");

  private final WorkQueue queue;
  private final HandlingService handling;
  private final Catalog catalog;

  WorkQueuePageController(WorkQueue queue, HandlingService handling, Catalog catalog) {
    this.queue = queue;
    this.handling = handling;
    this.catalog = catalog;
  }

  @GetMapping("/workbench")
  String queue(
      @RequestParam(required = false) String itemCode,
      @RequestParam(required = false) Step step,
      @RequestParam(required = false) WarningLevel level,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) String clear,
      HttpServletRequest request,
      HttpSession session,
      Model model) {
    if (clear != null) {
      session.removeAttribute(FILTER);
      return "redirect:/workbench";
    }
    TaskFilter filter;
    // a page of the queue or a switch of language keeps the filters; only the filter form sets them
    boolean filtered = FILTER_PARAMETERS.stream().anyMatch(request.getParameterMap()::containsKey);
    if (!filtered) {
      filter = session.getAttribute(FILTER) instanceof TaskFilter kept ? kept : TaskFilter.NONE;
    } else {
      filter = new TaskFilter(itemCode, step, level, number);
      if (filter.isEmpty()) {
        session.removeAttribute(FILTER);
      } else {
        session.setAttribute(FILTER, filter);
      }
    }
    PageResponse<TaskResponse> tasks =
        queue.openTasks(filter, PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
    AuthenticatedUser clerk = CurrentUser.get();
    model.addAttribute("filter", filter);
    model.addAttribute("tasks", tasks);
    model.addAttribute("pages", Math.max(1, (tasks.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute("me", clerk.username());
    model.addAttribute("steps", QUEUE_STEPS);
    model.addAttribute("levels", WarningLevel.values());
    model.addAttribute(
        "items",
        catalog
            .findItems(
                new ItemFilter(null, clerk.departmentCode(), null, null),
                PageRequest.of(0, PageResponse.MAX_SIZE))
            .content());
    return "handling/workbench";
  }

  /** Claims a task: htmx gets the row again, a plain form goes back where it came from. */
  @PostMapping("/workbench/tasks/{id}/claim")
  String claim(
      @PathVariable String id,
      @RequestParam(required = false) String from,
      HttpServletRequest request,
      Model model) {
    TaskResponse task = handling.claim(id);
    if (request.getHeader("HX-Request") != null) {
      model.addAttribute("task", task);
      model.addAttribute("me", CurrentUser.get().username());
      return "handling/workbench :: row";
    }
    return "task".equals(from) ? "redirect:/workbench/tasks/" + id : "redirect:/workbench";
  }
}
