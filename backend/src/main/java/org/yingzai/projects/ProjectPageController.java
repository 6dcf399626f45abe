package org.yingzai.projects;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.identity.CurrentUser;
import org.yingzai.projects.ProjectRequests.CreateProjectRequest;
import org.yingzai.projects.ProjectResponse.StageForm;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;

/**
 * The enterprise's construction projects: the list, registering one, a project's page with its four
 * stages side by side and its helper's authorization, and an open stage's one form, materials and
 * one submission. The same services as the API.
 */
@PageController
class ProjectPageController {

  private static final String MY = "/my/projects";
  private static final String WORKBENCH = "/workbench/projects";

  private final ProjectRegistration registration;
  private final StagePreparation preparation;
  private final StageSubmissions submissions;
  private final ProjectHelpers helpers;
  private final ProjectViews views;
  private final StageForms stageForms;
  private final JointSubmissions applications;
  private final MessageSource messages;

  ProjectPageController(
      ProjectRegistration registration,
      StagePreparation preparation,
      StageSubmissions submissions,
      ProjectHelpers helpers,
      ProjectViews views,
      StageForms stageForms,
      JointSubmissions applications,
      MessageSource messages) {
    this.registration = registration;
    this.preparation = preparation;
    this.submissions = submissions;
    this.helpers = helpers;
    this.views = views;
    this.stageForms = stageForms;
    this.applications = applications;
    this.messages = messages;
  }

  /** The enterprise's projects, or the projects a clerk's department handles or it helps. */
  @GetMapping({MY, WORKBENCH})
  String list(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("projects", views.list(PageRequest.of(page, size)));
    model.addAttribute("base", base(request));
    return "projects/list";
  }

  /** The supervisor's list of projects with their stages' clocks, key projects first on request. */
  @GetMapping("/board/projects")
  String board(
      @RequestParam(required = false) Boolean keyProject,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    boolean keyOnly = Boolean.TRUE.equals(keyProject);
    model.addAttribute("projects", views.list(keyOnly, PageRequest.of(page, size)));
    model.addAttribute("keyOnly", keyOnly);
    return "projects/board";
  }

  /** A project as a supervisor reads it: the same page, without the enterprise's actions. */
  @GetMapping("/board/projects/{id}")
  String boardProject(@PathVariable String id, Model model) {
    model.addAttribute("project", views.get(id));
    model.addAttribute("helper", helpers.view(id));
    model.addAttribute("readOnly", true);
    return "projects/project";
  }

  @GetMapping("/my/projects/new")
  String start(Model model) {
    model.addAttribute("types", ProjectType.values());
    model.addAttribute("typed", Map.of());
    return "projects/new";
  }

  @PostMapping("/my/projects")
  String create(@RequestParam Map<String, String> sent, HttpServletResponse response, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    String code = trimmed(sent.get("code"));
    String name = trimmed(sent.get("name"));
    String location = trimmed(sent.get("location"));
    BigDecimal investment = null;
    ProjectType type = null;
    if (code == null || !code.matches("\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}")) {
      errors.put("code", text("projects.new.error.code"));
    }
    if (name == null || name.length() > 200) {
      errors.put("name", text("projects.new.error.name"));
    }
    if (location == null || location.length() > 300) {
      errors.put("location", text("projects.new.error.location"));
    }
    try {
      investment = new BigDecimal(trimmed(sent.get("investment")));
      if (investment.signum() < 0
          || investment.scale() > 2
          || investment.precision() - investment.scale() > 12) {
        throw new NumberFormatException();
      }
    } catch (RuntimeException e) {
      errors.put("investment", text("projects.new.error.investment"));
    }
    try {
      type = ProjectType.valueOf(String.valueOf(sent.get("projectType")));
    } catch (IllegalArgumentException e) {
      errors.put("projectType", text("projects.new.error.projectType"));
    }
    if (errors.isEmpty()) {
      try {
        String id =
            registration.create(new CreateProjectRequest(code, name, location, investment, type));
        return "redirect:/my/projects/" + id;
      } catch (ProblemException e) {
        if (!"PROJECT_CODE_TAKEN".equals(e.code())) {
          throw e;
        }
        errors.put("code", message(e));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    model.addAttribute("types", ProjectType.values());
    model.addAttribute("typed", sent);
    model.addAttribute("errors", errors);
    return "projects/new";
  }

  @GetMapping({MY + "/{id}", WORKBENCH + "/{id}"})
  String project(@PathVariable String id, HttpServletRequest request, Model model) {
    ProjectResponse project = views.get(id);
    // a department's clerk sees its own work on the project, not the enterprise's authorizations
    HelperResponse helper = helpers.viewIfWhole(id).orElse(null);
    String base = base(request);
    model.addAttribute("project", project);
    model.addAttribute("helper", helper);
    model.addAttribute("scopes", HelperScope.values());
    model.addAttribute("base", base);
    // the enterprise prepares its stages; on the workbench only its helper under an authorization
    model.addAttribute(
        "canPrepare",
        base.equals(MY)
            || helper.inForce() != null && CurrentUser.get().username().equals(helper.helper()));
    return "projects/project";
  }

  @PostMapping(MY + "/{id}/helper/authorization")
  String authorize(
      @PathVariable String id,
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) String validUntil,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String error;
    try {
      LocalDate until =
          validUntil == null || validUntil.isBlank() ? null : LocalDate.parse(validUntil);
      helpers.authorize(id, scopeOf(scope), until);
      return "redirect:/my/projects/" + id + "?authorized";
    } catch (DateTimeParseException e) {
      error = text("projects.helper.error.until");
    } catch (ProblemException e) {
      if ("PROJECT_NOT_FOUND".equals(e.code())) {
        throw e;
      }
      error = message(e);
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    model.addAttribute("authorizationError", error);
    return project(id, request, model);
  }

  @PostMapping("/my/projects/{id}/helper/authorization/withdraw")
  String withdraw(@PathVariable String id, @RequestParam(required = false) String reason) {
    helpers.withdraw(id, reason);
    return "redirect:/my/projects/" + id + "?withdrawn";
  }

  @GetMapping({MY + "/{id}/stages/{stage}", WORKBENCH + "/{id}/stages/{stage}"})
  String stage(
      @PathVariable String id, @PathVariable Stage stage, HttpServletRequest request, Model model) {
    model.addAttribute("base", base(request));
    ProjectResponse project = views.get(id);
    StageForm form = stageForms.form(id, stage);
    model.addAttribute("project", project);
    model.addAttribute("stage", form);
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", typed(form.form()));
    }
    return "projects/stage";
  }

  @PostMapping({MY + "/{id}/stages/{stage}/form", WORKBENCH + "/{id}/stages/{stage}/form"})
  String saveForm(
      @PathVariable String id,
      @PathVariable Stage stage,
      @RequestParam Map<String, String> sent,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    StageForm form = stageForms.form(id, stage);
    try {
      preparation.saveForm(id, stage, applications.formFromPage(sent, form.form(), form.fields()));
    } catch (ProblemException e) {
      if (!"FORM_INVALID".equals(e.code())) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("formErrors", JointSubmissions.fieldErrors(e));
      model.addAttribute("typed", new HashMap<>(sent));
      return stage(id, stage, request, model);
    }
    return "redirect:" + base(request) + "/" + id + "/stages/" + stage + "?saved";
  }

  @PostMapping({
    MY + "/{id}/stages/{stage}/materials",
    WORKBENCH + "/{id}/stages/{stage}/materials"
  })
  String upload(
      @PathVariable String id,
      @PathVariable Stage stage,
      @RequestParam String materialCode,
      @RequestParam MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try (InputStream content = file.getInputStream()) {
      preparation.upload(id, stage, materialCode, file.getOriginalFilename(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProblemException e) {
      if ("PROJECT_NOT_FOUND".equals(e.code()) || "STAGE_NOT_OPEN".equals(e.code())) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("uploadErrors", Map.of(materialCode, message(e)));
      return stage(id, stage, request, model);
    }
    return "redirect:"
        + base(request)
        + "/"
        + id
        + "/stages/"
        + stage
        + "?uploaded="
        + materialCode;
  }

  @PostMapping({MY + "/{id}/stages/{stage}/submit", WORKBENCH + "/{id}/stages/{stage}/submit"})
  String submit(
      @PathVariable String id,
      @PathVariable Stage stage,
      @RequestParam(required = false) List<String> promisedMaterials,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      submissions.submit(id, stage, promisedMaterials == null ? List.of() : promisedMaterials);
    } catch (ProblemException e) {
      if ("PROJECT_NOT_FOUND".equals(e.code())) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("submitError", message(e));
      if ("FORM_INVALID".equals(e.code())) {
        model.addAttribute("formErrors", JointSubmissions.fieldErrors(e));
      }
      if (e.properties().get("missingMaterials") instanceof List<?> missing) {
        Map<String, String> named = new LinkedHashMap<>();
        missing.forEach(
            m -> {
              if (m instanceof org.yingzai.applications.ApplicationResponse.MissingMaterial mm) {
                named.put(mm.code(), text("projects.stage.missing", mm.name()));
              }
            });
        model.addAttribute("submitMissing", named);
      }
      return stage(id, stage, request, model);
    }
    return "redirect:" + base(request) + "/" + id + "?submitted=" + stage;
  }

  /** Where the page was asked for: the enterprise's pages, or the workbench's (a helper's). */
  private static String base(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + WORKBENCH)
        ? WORKBENCH
        : MY;
  }

  private static HelperScope scopeOf(String scope) {
    try {
      return scope == null ? null : HelperScope.valueOf(scope);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, String> typed(JsonNode form) {
    Map<String, String> typed = new HashMap<>();
    form.fields().forEachRemaining(f -> typed.put(f.getKey(), f.getValue().asText()));
    return typed;
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String message(ProblemException e) {
    return messages.getMessage(
        "problem." + e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale());
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
