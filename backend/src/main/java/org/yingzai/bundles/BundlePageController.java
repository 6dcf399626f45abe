package org.yingzai.bundles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
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
import org.yingzai.bundles.BundleRequests.CreateBundleApplicationRequest;
import org.yingzai.catalog.Bundle;
import org.yingzai.catalog.Bundles;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;

/**
 * The enterprise's bundles (一件事一次办): the bundles it may apply for and its applications; one bundle
 * application's page with its one form, one set of materials and one submission, then its items
 * side by side, its clock and the supplement notices it answers once. The same services as the API.
 */
@PageController
class BundlePageController {

  private static final String MY = "/my/bundles";

  private final Bundles bundles;
  private final BundleDrafts drafts;
  private final BundleSubmissions submissions;
  private final BundleViews views;
  private final JointSubmissions applications;
  private final MessageSource messages;

  BundlePageController(
      Bundles bundles,
      BundleDrafts drafts,
      BundleSubmissions submissions,
      BundleViews views,
      JointSubmissions applications,
      MessageSource messages) {
    this.bundles = bundles;
    this.drafts = drafts;
    this.submissions = submissions;
    this.views = views;
    this.applications = applications;
    this.messages = messages;
  }

  @GetMapping(MY)
  String list(@RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("bundles", bundles.findAll());
    model.addAttribute("mine", views.list(PageRequest.of(page, 20)));
    return "bundles/list";
  }

  @PostMapping(MY)
  String create(@RequestParam String bundleCode) {
    String id = drafts.create(new CreateBundleApplicationRequest(bundleCode, null));
    return "redirect:" + MY + "/" + id;
  }

  @GetMapping(MY + "/{id}")
  String bundle(@PathVariable String id, Model model) {
    BundleApplicationResponse application = views.get(id);
    Bundle bundle = bundles.require(application.bundleCode());
    model.addAttribute("bundleApplication", application);
    model.addAttribute("bundle", bundle);
    if (!model.containsAttribute("typed")) {
      Map<String, String> typed = new HashMap<>();
      application
          .form()
          .fields()
          .forEachRemaining(f -> typed.put(f.getKey(), f.getValue().asText()));
      model.addAttribute("typed", typed);
    }
    return "bundles/bundle";
  }

  @PostMapping(MY + "/{id}/form")
  String form(
      @PathVariable String id,
      @RequestParam Map<String, String> sent,
      HttpServletResponse response,
      Model model) {
    BundleApplicationResponse application = views.get(id);
    Bundle bundle = bundles.require(application.bundleCode());
    try {
      drafts.updateForm(id, applications.formFromPage(sent, application.form(), bundle.fields()));
    } catch (ProblemException e) {
      if (!"FORM_INVALID".equals(e.code())) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("formErrors", JointSubmissions.fieldErrors(e));
      model.addAttribute("typed", new HashMap<>(sent));
      return bundle(id, model);
    }
    return "redirect:" + MY + "/" + id + "?saved";
  }

  @PostMapping(MY + "/{id}/materials")
  String upload(
      @PathVariable String id,
      @RequestParam String materialCode,
      @RequestParam MultipartFile file,
      HttpServletResponse response,
      Model model) {
    try (InputStream content = file.getInputStream()) {
      drafts.upload(id, materialCode, file.getOriginalFilename(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProblemException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("uploadErrors", Map.of(materialCode, message(e)));
      return bundle(id, model);
    }
    return "redirect:" + MY + "/" + id + "?uploaded#material-" + materialCode;
  }

  @PostMapping(MY + "/{id}/submit")
  String submit(@PathVariable String id, HttpServletResponse response, Model model) {
    try {
      submissions.submit(id);
    } catch (ProblemException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("submitError", message(e));
      return bundle(id, model);
    }
    return "redirect:" + MY + "/" + id + "?submitted";
  }

  @PostMapping(MY + "/{id}/supplement")
  String supplement(
      @PathVariable String id,
      @RequestParam(required = false) String comment,
      HttpServletResponse response,
      Model model) {
    try {
      submissions.answerSupplements(id, comment);
    } catch (ProblemException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("supplementError", message(e));
      return bundle(id, model);
    }
    return "redirect:" + MY + "/" + id + "?answered";
  }

  private String message(ProblemException e) {
    return messages.getMessage(
        "problem." + e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale());
  }
}
