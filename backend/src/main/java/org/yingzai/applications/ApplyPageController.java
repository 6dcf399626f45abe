package org.yingzai.applications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yingzai.shared.PageController;
import org.yingzai.shared.ProblemException;

/**
 * Applying on a draft's page: the form saved at every step, each file stored at once, and one
 * submission per page (its Idempotency-Key made when the page was drawn). Refusals are shown beside
 * what they concern, with what was typed kept.
 */
@PageController
class ApplyPageController {

  private static final String HX_REQUEST = "HX-Request";

  private final Drafts drafts;
  private final MaterialUploads uploads;
  private final Submissions submissions;
  private final ApplicationViews views;
  private final ApplicationPageModel pages;

  ApplyPageController(
      Drafts drafts,
      MaterialUploads uploads,
      Submissions submissions,
      ApplicationViews views,
      ApplicationPageModel pages) {
    this.drafts = drafts;
    this.uploads = uploads;
    this.submissions = submissions;
    this.views = views;
    this.pages = pages;
  }

  /** Saves the form of a draft at once; bad fields are shown beside themselves, as typed. */
  @PostMapping({"/my/applications/{id}/form", "/workbench/intake/{id}/form"})
  String saveForm(
      @PathVariable String id,
      @RequestParam Map<String, String> fields,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    boolean htmx = request.getHeader(HX_REQUEST) != null;
    ApplicationResponse app;
    try {
      app = drafts.updateFromPage(id, fields);
      model.addAttribute("saved", "form");
    } catch (ProblemException e) {
      if (!"FORM_INVALID".equals(e.code())) {
        throw e;
      }
      app = views.get(id);
      model.addAttribute("formErrors", ApplicationPageModel.fieldErrors(e));
      model.addAttribute("typed", ApplicationPageModel.typed(fields));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }
    if (!htmx) {
      if (!model.containsAttribute("formErrors")) {
        return "redirect:" + ApplicationPageModel.base() + "/" + app.id();
      }
      return pages.page(app, model);
    }
    pages.draftModel(app, model);
    return ApplicationPageModel.PAGE + " :: applicationForm";
  }

  /**
   * Stores one file at once; answers the part of the page it was sent from (the materials of a
   * draft, or the supplement being answered), with a refusal beside the material.
   */
  @PostMapping({"/my/applications/{id}/materials", "/workbench/intake/{id}/materials"})
  String upload(
      @PathVariable String id,
      @RequestParam String materialCode,
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      if (file == null || file.isEmpty()) {
        throw ProblemException.badRequest("FILE_EMPTY");
      }
      try (InputStream content = file.getInputStream()) {
        uploads.upload(id, materialCode, file.getOriginalFilename(), content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      model.addAttribute("saved", materialCode);
      // the apply page reads again what the draft still lacks (docs/web.md)
      response.setHeader("HX-Trigger", "proofsChanged");
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw e;
      }
      model.addAttribute("uploadErrors", Map.of(materialCode, pages.message(e)));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }
    ApplicationResponse app = views.get(id);
    if (request.getHeader(HX_REQUEST) == null) {
      if (!model.containsAttribute("uploadErrors")) {
        return "redirect:" + ApplicationPageModel.base() + "/" + app.id();
      }
      return pages.page(app, model);
    }
    if (app.status() == ApplicationStatus.DRAFT) {
      pages.draftModel(app, model);
      return ApplicationPageModel.PAGE + " :: materials";
    }
    pages.supplementModel(app, model);
    return ApplicationPageModel.PAGE + " :: supplement";
  }

  /**
   * Submits once: the key made when the page was rendered replays the first answer on a double
   * click or a reload. Everything still missing is named at once, at the top and beside each.
   */
  @PostMapping({"/my/applications/{id}/submit", "/workbench/intake/{id}/submit"})
  String submit(
      @PathVariable String id,
      @RequestParam String idempotencyKey,
      HttpServletResponse response,
      Model model) {
    ApplicationResponse submitted;
    try {
      try {
        submitted = submissions.submit(id, idempotencyKey);
      } catch (DuplicateKeyException raced) {
        submitted = submissions.replay(idempotencyKey);
      }
    } catch (ProblemException e) {
      if (e.status() != HttpStatus.BAD_REQUEST) {
        throw e;
      }
      ApplicationResponse app = views.get(id);
      model.addAttribute("submitError", pages.message(e));
      if ("MATERIALS_MISSING".equals(e.code())) {
        model.addAttribute("submitMissing", pages.outstanding(e, app));
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return pages.page(app, model);
    }
    return "redirect:" + ApplicationPageModel.base() + "/" + submitted.id() + "?submitted";
  }
}
