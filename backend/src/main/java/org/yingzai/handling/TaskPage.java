package org.yingzai.handling;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationResponse;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/**
 * The task page as a clerk sees it: the task with its application, the step's decision form and the
 * extension form, and what the page says when a form is refused.
 */
@Component
class TaskPage {

  private final ApplicationViews applications;
  private final ApplicationProgress progress;
  private final MessageSource messages;
  private final Validator validator;

  TaskPage(
      ApplicationViews applications,
      ApplicationProgress progress,
      MessageSource messages,
      Validator validator) {
    this.applications = applications;
    this.progress = progress;
    this.messages = messages;
    this.validator = validator;
  }

  /** The page of the task with empty forms. */
  String show(TaskResponse task, Model model) {
    return show(task, Decision.NONE, Map.of(), Extension.NONE, model);
  }

  /** The page of the task with the forms as the clerk filled them and their refusals by field. */
  String show(
      TaskResponse task,
      Decision decision,
      Map<String, String> errors,
      Extension extension,
      Model model) {
    AuthenticatedUser clerk = CurrentUser.get();
    ApplicationResponse app = applications.get(task.applicationId());
    model.addAttribute("task", task);
    model.addAttribute("app", app);
    model.addAttribute("me", clerk.username());
    model.addAttribute("mine", task.assignee() == null || task.assignee().equals(clerk.username()));
    model.addAttribute("requestable", progress.requestableMaterials(task.applicationId()));
    model.addAttribute("procedures", SpecialProcedures.ALL);
    model.addAttribute("decision", decision);
    model.addAttribute("errors", errors);
    model.addAttribute("extendable", Extensions.extendable(clerk, app.status()));
    model.addAttribute("extension", extension);
    return "handling/task";
  }

  /** A request's constraint violations, one message per field, in the page's words. */
  Map<String, String> violations(Object request) {
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
  String problem(ProblemException e) {
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

  String message(String code, Object... arguments) {
    return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
  }

  /** What the clerk chose and typed in the decision form, kept when it is refused. */
  record Decision(String outcome, String comment, List<String> missingMaterials, String procedure) {

    static final Decision NONE = new Decision(null, null, List.of(), null);

    public boolean ticked(String code) {
      return missingMaterials.contains(code);
    }
  }

  /** What the deciding officer typed in the extension form, kept when it is refused. */
  record Extension(Integer days, String reason) {

    static final Extension NONE = new Extension(null, null);
  }
}
