package org.yingzai.handling;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationResponse;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.applications.Step;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ItemFilter;
import org.yingzai.catalog.Material;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The clerk's workbench: the work queue (filters kept in the session between visits), claiming, and
 * the task page with the application and the step's decision, through the services the API uses.
 */
@PageController
class WorkbenchPageController {

  /** The queue's filters, kept per user in the session and restored on a bare visit. */
  static final String FILTER = WorkbenchPageController.class.getName() + ".filter";

  private static final int PAGE_SIZE = 25;

  /** The steps a clerk's queue holds, in the order of the approval path. */
  private static final List<Step> QUEUE_STEPS =
      List.of(Step.ACCEPT, Step.REVIEW, Step.DECIDE, Step.VERIFY);

  /** The refusals of completing a task that belong beside a field of the decision form. */
  private static final Map<String, String> DECISION_FIELDS =
      Map.of(
          "COMMENT_REQUIRED", "comment",
          "MISSING_MATERIALS_REQUIRED", "missingMaterials",
          "MATERIAL_NOT_REQUESTABLE", "missingMaterials",
          "PROCEDURE_REQUIRED", "procedure",
          "PROCEDURE_INVALID", "procedure",
          "OUTCOME_NOT_ALLOWED", "outcome");

  private static final List<String> FILTER_PARAMETERS =
      List.of("itemCode", "step", "level", "number");

  private static final Map<String, String> EXTENSION_FIELDS =
      Map.of(
          "EXTENSION_REASON_REQUIRED", "reason",
          "EXTENSION_EXCEEDS_MAXIMUM", "days");

  private final WorkQueue queue;
  private final HandlingService handling;
  private final Extensions extensions;
  private final ApplicationViews applications;
  private final ApplicationProgress progress;
  private final Catalog catalog;
  private final MessageSource messages;
  private final Validator validator;

  WorkbenchPageController(
      WorkQueue queue,
      HandlingService handling,
      Extensions extensions,
      ApplicationViews applications,
      ApplicationProgress progress,
      Catalog catalog,
      MessageSource messages,
      Validator validator) {
    this.queue = queue;
    this.handling = handling;
    this.extensions = extensions;
    this.applications = applications;
    this.progress = progress;
    this.catalog = catalog;
    this.messages = messages;
    this.validator = validator;
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

  @GetMapping("/workbench/tasks/{id}")
  String task(@PathVariable String id, Model model) {
    TaskResponse task = queue.task(id);
    return taskPage(task, new Decision(null, null, List.of(), null), Map.of(), null, model);
  }

  @PostMapping("/workbench/tasks/{id}/complete")
  String complete(
      @PathVariable String id,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) List<String> missingMaterials,
      @RequestParam(required = false) String procedure,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    Decision decision =
        new Decision(
            outcome, comment, missingMaterials == null ? List.of() : missingMaterials, procedure);
    CompleteTaskRequest request =
        new CompleteTaskRequest(
            outcome,
            comment,
            decision.missingMaterials().isEmpty() ? null : decision.missingMaterials(),
            procedure);
    Map<String, String> errors = violations(request);
    if (errors.isEmpty()) {
      try {
        CompletionResponse done = handling.complete(id, request);
        redirect.addFlashAttribute(
            "done",
            message(
                "workbench.done." + done.outcome(),
                done.applicationNumber(),
                message("outcome." + done.outcome())));
        return "redirect:/workbench";
      } catch (ProblemException e) {
        String field = DECISION_FIELDS.get(e.code());
        if (field == null) {
          throw e;
        }
        errors.put(field, problem(e));
      }
    }
    response.setStatus(422);
    return taskPage(queue.task(id), decision, errors, null, model);
  }

  @PostMapping("/workbench/tasks/{id}/extension")
  String extend(
      @PathVariable String id,
      @RequestParam(required = false) Integer days,
      @RequestParam(required = false) String reason,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    TaskResponse task = queue.task(id);
    ExtensionRequest request = new ExtensionRequest(days, reason);
    Map<String, String> errors = violations(request);
    if (errors.isEmpty()) {
      try {
        ExtensionResponse extended = extensions.extend(task.applicationId(), request);
        redirect.addFlashAttribute(
            "done", message("workbench.extended", extended.applicationNumber(), extended.days()));
        return "redirect:/workbench/tasks/" + id;
      } catch (ProblemException e) {
        String field = EXTENSION_FIELDS.get(e.code());
        if (field == null) {
          throw e;
        }
        errors.put(field, problem(e));
      }
    }
    response.setStatus(422);
    return taskPage(
        task,
        new Decision(null, null, List.of(), null),
        errors,
        new Extension(days, reason),
        model);
  }

  /**
   * An application from a message: its open task if the clerk may work one, otherwise the
   * application as the clerk may see it (the same 404s as the API).
   */
  @GetMapping("/workbench/applications/{id}")
  String application(@PathVariable String id, Model model) {
    Optional<String> task = queue.openTaskOf(id);
    if (task.isPresent()) {
      return "redirect:/workbench/tasks/" + task.get();
    }
    model.addAttribute("app", applications.get(id));
    return "handling/application";
  }

  private String taskPage(
      TaskResponse task,
      Decision decision,
      Map<String, String> errors,
      Extension extension,
      Model model) {
    AuthenticatedUser clerk = CurrentUser.get();
    ApplicationResponse app = applications.get(task.applicationId());
    List<Material> requestable = progress.requestableMaterials(task.applicationId());
    model.addAttribute("task", task);
    model.addAttribute("app", app);
    model.addAttribute("me", clerk.username());
    model.addAttribute("mine", task.assignee() == null || task.assignee().equals(clerk.username()));
    model.addAttribute("requestable", requestable);
    model.addAttribute("procedures", SpecialProcedures.ALL);
    model.addAttribute("decision", decision);
    model.addAttribute("errors", errors);
    model.addAttribute("extendable", Extensions.extendable(clerk, app.status()));
    model.addAttribute("extension", extension == null ? new Extension(null, null) : extension);
    return "handling/task";
  }

  private Map<String, String> violations(Object request) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (ConstraintViolation<Object> violation : validator.validate(request)) {
      String field = violation.getPropertyPath().toString().replaceAll("[.\\[].*$", "");
      errors.putIfAbsent(field, message("workbench.invalid." + field));
    }
    return errors;
  }

  /**
   * A refusal in the words of the task page where it has its own (the API's name fields and codes
   * its clients send), else the API's message.
   */
  private String problem(ProblemException e) {
    Locale locale = LocaleContextHolder.getLocale();
    Object[] arguments =
        Arrays.stream(e.arguments())
            .map(
                argument ->
                    argument instanceof Outcome outcome
                        ? messages.getMessage("outcome." + outcome.name(), null, locale)
                        : argument)
            .toArray();
    String page = messages.getMessage("task.problem." + e.code(), arguments, null, locale);
    return page != null
        ? page
        : messages.getMessage("problem." + e.code(), e.arguments(), e.code(), locale);
  }

  private String message(String code, Object... arguments) {
    return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
  }

  /** What the clerk chose and typed in the decision form, kept when it is refused. */
  record Decision(String outcome, String comment, List<String> missingMaterials, String procedure) {

    public boolean ticked(String code) {
      return missingMaterials.contains(code);
    }
  }

  /** What the deciding officer typed in the extension form, kept when it is refused. */
  record Extension(Integer days, String reason) {}
}
