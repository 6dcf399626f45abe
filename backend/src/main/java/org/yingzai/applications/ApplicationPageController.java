package org.yingzai.applications;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.applications.ApplicationRequests.CreateApplicationRequest;
import org.yingzai.catalog.Catalog;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;

/**
 * The enterprise's applications: the list, starting one from the guide, an application's page (the
 * apply page of a draft, or a submitted application's progress), answering its supplement in place
 * and withdrawing it. The same service methods as the API.
 */
@PageController
class ApplicationPageController {

  private final Drafts drafts;
  private final SupplementAnswers supplements;
  private final Withdrawals withdrawals;
  private final ApplicationViews views;
  private final Catalog catalog;
  private final ApplicationPageModel pages;

  ApplicationPageController(
      Drafts drafts,
      SupplementAnswers supplements,
      Withdrawals withdrawals,
      ApplicationViews views,
      Catalog catalog,
      ApplicationPageModel pages) {
    this.drafts = drafts;
    this.supplements = supplements;
    this.withdrawals = withdrawals;
    this.views = views;
    this.catalog = catalog;
    this.pages = pages;
  }

  @GetMapping("/my/applications")
  String list(
      @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    model.addAttribute("applications", views.list(status, null, null, PageRequest.of(page, size)));
    model.addAttribute("status", status);
    model.addAttribute("statuses", ApplicationStatus.values());
    return "applications/list";
  }

  @GetMapping("/my/applications/new")
  String start(@RequestParam String item, Model model) {
    model.addAttribute("item", catalog.requireItem(item));
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    return "applications/new";
  }

  @PostMapping("/my/applications")
  String create(@RequestParam String itemCode, @RequestParam String idempotencyKey) {
    CreateApplicationRequest request = new CreateApplicationRequest(itemCode, null);
    ApplicationResponse created;
    try {
      created = drafts.create(request, idempotencyKey);
    } catch (DuplicateKeyException raced) {
      created = drafts.replay(idempotencyKey);
    }
    return "redirect:/my/applications/" + created.id();
  }

  @GetMapping({"/my/applications/{id}", "/workbench/intake/{id}"})
  String application(@PathVariable String id, Model model) {
    return pages.page(views.get(id), model);
  }

  /** Whether the draft is complete, as part of its page. */
  @GetMapping({"/my/applications/{id}/readiness", "/workbench/intake/{id}/readiness"})
  String readiness(@PathVariable String id, Model model) {
    model.addAttribute("app", views.get(id));
    model.addAttribute("base", ApplicationPageModel.base());
    return ApplicationPageModel.PAGE + " :: readiness";
  }

  /** Answers the open supplement request once its materials are uploaded again. */
  @PostMapping("/my/applications/{id}/supplement")
  String answerSupplement(
      @PathVariable String id,
      @RequestParam(required = false) String comment,
      HttpServletResponse response,
      Model model) {
    try {
      supplements.answer(id, comment);
    } catch (ProblemException e) {
      if (!"SUPPLEMENT_MATERIALS_MISSING".equals(e.code())) {
        throw e;
      }
      model.addAttribute("supplementError", pages.message(e));
      model.addAttribute("supplementMissing", ApplicationPageModel.stillMissing(e));
      model.addAttribute("supplementComment", comment);
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return pages.page(views.get(id), model);
    }
    return "redirect:/my/applications/" + id + "?supplemented";
  }

  /** Withdraws the application with the applicant's reason; a missing reason is shown beside it. */
  @PostMapping("/my/applications/{id}/withdraw")
  String withdraw(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      HttpServletResponse response,
      Model model) {
    try {
      withdrawals.withdraw(id, reason);
    } catch (ProblemException e) {
      if (!e.code().startsWith("WITHDRAWAL_REASON_")) {
        throw e;
      }
      model.addAttribute("withdrawalError", pages.message(e));
      model.addAttribute("withdrawalReason", reason);
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return pages.page(views.get(id), model);
    }
    return "redirect:/my/applications/" + id + "?withdrawn";
  }
}
