package org.yingzai.handling;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.handling.TaskPage.Decision;
import org.yingzai.handling.TaskPage.Extension;
import org.yingzai.shared.PageController;
import org.yingzai.shared.ProblemException;

/**
 * A task on the clerk's workbench: its page with the application, finishing its step with a
 * decision, extending the application's time limit, and opening an application from a message.
 */
@PageController
class TaskPageController {

  /** The refusals of completing a task that belong beside a field of the decision form. */
  private static final Map<String, String> DECISION_FIELDS =
      Map.of(
          "COMMENT_REQUIRED", "comment",
          "MISSING_MATERIALS_REQUIRED", "missingMaterials",
          "MATERIAL_NOT_REQUESTABLE", "missingMaterials",
          "PROCEDURE_REQUIRED", "procedure",
          "PROCEDURE_INVALID", "procedure",
          "OUTCOME_NOT_ALLOWED", "outcome");

  private static final Map<String, String> EXTENSION_FIELDS =
      Map.of(
          "EXTENSION_REASON_REQUIRED", "reason",
          "EXTENSION_EXCEEDS_MAXIMUM", "days");

  private final WorkQueue queue;
  private final HandlingService handling;
  private final Extensions extensions;
  private final ApplicationViews applications;
  private final TaskPage page;

  TaskPageController(
      WorkQueue queue,
      HandlingService handling,
      Extensions extensions,
      ApplicationViews applications,
      TaskPage page) {
    this.queue = queue;
    this.handling = handling;
    this.extensions = extensions;
    this.applications = applications;
    this.page = page;
  }

  @GetMapping("/workbench/tasks/{id}")
  String task(@PathVariable String id, Model model) {
    return page.show(queue.task(id), model);
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
    Map<String, String> errors = page.violations(request);
    if (errors.isEmpty()) {
      try {
        CompletionResponse done = handling.complete(id, request);
        redirect.addFlashAttribute(
            "done",
            page.message(
                "workbench.done." + done.outcome(),
                done.applicationNumber(),
                page.message("outcome." + done.outcome())));
        return "redirect:/workbench";
      } catch (ProblemException e) {
        String field = DECISION_FIELDS.get(e.code());
        if (field == null) {
          throw e;
        }
        errors.put(field, page.problem(e));
      }
    }
    response.setStatus(422);
    return page.show(queue.task(id), decision, errors, Extension.NONE, model);
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
    Map<String, String> errors = page.violations(request);
    if (errors.isEmpty()) {
      try {
        ExtensionResponse extended = extensions.extend(task.applicationId(), request);
        redirect.addFlashAttribute(
            "done",
            page.message("workbench.extended", extended.applicationNumber(), extended.days()));
        return "redirect:/workbench/tasks/" + id;
      } catch (ProblemException e) {
        String field = EXTENSION_FIELDS.get(e.code());
        if (field == null) {
          throw e;
        }
        errors.put(field, page.problem(e));
      }
    }
    response.setStatus(422);
    return page.show(task, Decision.NONE, errors, new Extension(days, reason), model);
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
}
