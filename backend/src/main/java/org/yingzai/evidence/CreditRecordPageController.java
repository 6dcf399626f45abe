package org.yingzai.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The dishonesty list (失信名单) as administrators keep it: the credit records, a new one with its
 * reason, and a record lifted with the lift's reason, through the credit records' service.
 */
@PageController
class CreditRecordPageController {

  private static final int PAGE_SIZE = 20;

  private final CreditRecords records;
  private final MessageSource messages;

  CreditRecordPageController(CreditRecords records, MessageSource messages) {
    this.records = records;
    this.messages = messages;
  }

  @GetMapping("/admin/credit-records")
  String list(
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) Boolean active,
      @RequestParam(required = false) Integer page,
      Model model) {
    return page(creditCode, active, page, new Typed(creditCode, null, null, null), null, model);
  }

  @PostMapping("/admin/credit-records")
  String add(
      @RequestParam(required = false) String creditCode,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) LocalDate validUntil,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    CreditRecordResponse added;
    try {
      added = records.add(new CreditRecordRequest(creditCode, kind, reason, validUntil, null));
    } catch (ProblemException refused) {
      if (refused.status().value() != 400 && refused.status().value() != 404) {
        throw refused;
      }
      response.setStatus(422);
      return page(
          null,
          null,
          null,
          new Typed(creditCode, kind, reason, validUntil),
          message(refused),
          model);
    }
    redirect.addFlashAttribute(
        "done", text("credit.page.added", added.enterprise().name(), added.id()));
    return "redirect:/admin/credit-records";
  }

  @PostMapping("/admin/credit-records/{id}/lift")
  String lift(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    CreditRecordResponse lifted = records.lift(id, reason);
    redirect.addFlashAttribute(
        "done", text("credit.page.lifted", lifted.enterprise().name(), lifted.id()));
    return "redirect:/admin/credit-records";
  }

  /** The new record's form as typed. */
  record Typed(String creditCode, String kind, String reason, LocalDate validUntil) {}

  private String page(
      String creditCode, Boolean active, Integer page, Typed typed, String error, Model model) {
    PageResponse<CreditRecordResponse> found =
        records.list(
            creditCode == null || creditCode.isBlank() ? null : creditCode.strip(),
            active,
            PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
    model.addAttribute("records", found);
    model.addAttribute("creditCode", creditCode);
    model.addAttribute("active", active);
    model.addAttribute("kinds", CreditRecordKind.values());
    model.addAttribute("typed", typed);
    model.addAttribute("errors", error == null ? Map.of() : Map.of("add", error));
    model.addAttribute("pages", Math.max(1, (found.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    return "evidence/credit-records";
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
