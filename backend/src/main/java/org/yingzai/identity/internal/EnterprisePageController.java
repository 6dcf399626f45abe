package org.yingzai.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The administrator's enterprises (市场主体): found by name or credit code, registered (the credit code
 * checked per GB 32100-2015 by the registration), and one edited, with its users.
 */
@PageController
class EnterprisePageController {

  private static final int PAGE_SIZE = 20;

  private final Enterprises enterprises;
  private final EnterpriseRegistration registration;
  private final UserViews users;
  private final MessageSource messages;

  EnterprisePageController(
      Enterprises enterprises,
      EnterpriseRegistration registration,
      UserViews users,
      MessageSource messages) {
    this.enterprises = enterprises;
    this.registration = registration;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/admin/enterprises")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model) {
    return listPage(q, page, new Typed(null, null, null), Map.of(), model);
  }

  @PostMapping("/admin/enterprises")
  String register(
      Typed typed, HttpServletResponse response, RedirectAttributes redirect, Model model) {
    Enterprise registered;
    try {
      registered =
          registration.register(
              typed.creditCode() == null ? null : typed.creditCode().strip(),
              typed.name(),
              typed.legalRepresentative());
    } catch (ProblemException refused) {
      if (refused.status().value() != 400 && refused.status().value() != 409) {
        throw refused;
      }
      response.setStatus(422);
      return listPage(null, null, typed, Map.of(field(refused), message(refused)), model);
    }
    redirect.addFlashAttribute(
        "done", text("enterprises.page.registered", registered.name(), registered.creditCode()));
    return "redirect:/admin/enterprises/" + registered.creditCode();
  }

  @GetMapping("/admin/enterprises/{creditCode}")
  String enterprise(@PathVariable String creditCode, Model model) {
    Enterprise enterprise = enterprises.requireByCreditCode(creditCode);
    return enterprisePage(
        enterprise,
        new Typed(creditCode, enterprise.name(), enterprise.legalRepresentative()),
        Map.of(),
        model);
  }

  @PostMapping("/admin/enterprises/{creditCode}")
  String change(
      @PathVariable String creditCode,
      Typed typed,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    try {
      registration.change(creditCode, typed.name(), typed.legalRepresentative());
    } catch (ProblemException refused) {
      if (refused.status().value() != 400) {
        throw refused;
      }
      response.setStatus(422);
      return enterprisePage(
          enterprises.requireByCreditCode(creditCode),
          typed,
          Map.of(field(refused), message(refused)),
          model);
    }
    redirect.addFlashAttribute("done", text("enterprises.page.saved", creditCode));
    return "redirect:/admin/enterprises/" + creditCode;
  }

  /** The enterprise form as typed. */
  record Typed(String creditCode, String name, String legalRepresentative) {}

  private String listPage(
      String q, Integer page, Typed typed, Map<String, String> errors, Model model) {
    PageResponse<Enterprise> found =
        enterprises.search(q, PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
    model.addAttribute("enterprises", found);
    model.addAttribute("q", q);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("pages", Math.max(1, (found.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    return "identity/enterprises";
  }

  private String enterprisePage(
      Enterprise enterprise, Typed typed, Map<String, String> errors, Model model) {
    model.addAttribute("enterprise", enterprise);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "users", users.list(null, null, enterprise.creditCode(), PageRequest.of(0, 100)));
    return "identity/enterprise";
  }

  private static String field(ProblemException refused) {
    String code = refused.code();
    if (code.startsWith("ENTERPRISE_NAME")) {
      return "name";
    }
    if (code.startsWith("LEGAL_REPRESENTATIVE")) {
      return "legalRepresentative";
    }
    return "creditCode";
  }

  private String message(ProblemException refused) {
    return messages.getMessage(
        "problem." + refused.code(),
        refused.arguments(),
        refused.code(),
        LocaleContextHolder.getLocale());
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
