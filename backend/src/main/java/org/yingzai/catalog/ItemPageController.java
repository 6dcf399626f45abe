package org.yingzai.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.catalog.ItemAdminService.LimitsRequest;
import org.yingzai.identity.Departments;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The administrator's service items: found by name or code; one item's limits and handling type
 * edited, and the proof each of its proof materials stands for chosen from the catalogue, through
 * the item administration's service.
 */
@PageController
class ItemPageController {

  private static final int PAGE_SIZE = 20;

  private final Catalog catalog;
  private final ItemAdminService items;
  private final ProofAdminService proofs;
  private final MessageSource messages;
  private final Departments departments;

  ItemPageController(
      Catalog catalog,
      ItemAdminService items,
      ProofAdminService proofs,
      MessageSource messages,
      Departments departments) {
    this.departments = departments;
    this.catalog = catalog;
    this.items = items;
    this.proofs = proofs;
    this.messages = messages;
  }

  @GetMapping("/admin/items")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) Integer page,
      Model model) {
    PageResponse<ServiceItem> found =
        catalog.findItems(
            new ItemFilter(null, department, null, q),
            PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
    model.addAttribute("items", found);
    model.addAttribute("q", q);
    model.addAttribute("department", department);
    model.addAttribute("departments", departments.findAll());
    model.addAttribute("pages", Math.max(1, (found.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    return "catalog/items";
  }

  @GetMapping("/admin/items/{code}")
  String item(@PathVariable String code, Model model) {
    ServiceItem item = catalog.requireItem(code);
    return itemPage(item, LimitsForm.of(item), Map.of(), null, null, model);
  }

  @PostMapping("/admin/items/{code}/limits")
  String limits(
      @PathVariable String code,
      LimitsForm typed,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    try {
      items.changeLimits(code, typed.request());
    } catch (ProblemException refused) {
      if (!"ITEM_LIMITS_INVALID".equals(refused.code())) {
        throw refused;
      }
      response.setStatus(422);
      return itemPage(catalog.requireItem(code), typed, refused.fieldMessages(), null, null, model);
    }
    redirect.addFlashAttribute("done", text("items.page.saved", code));
    return "redirect:/admin/items/" + code;
  }

  @PostMapping("/admin/items/{code}/step-limits")
  String stepLimits(
      @PathVariable String code,
      @RequestParam Map<String, String> fields,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (String step : ItemAdminService.STEPS) {
      typed.put(step, fields.getOrDefault("step" + step, ""));
    }
    try {
      items.changeStepLimits(code, typed);
    } catch (ProblemException refused) {
      if (!"ITEM_STEP_LIMITS_INVALID".equals(refused.code())) {
        throw refused;
      }
      response.setStatus(422);
      ServiceItem item = catalog.requireItem(code);
      model.addAttribute("typedSteps", typed);
      model.addAttribute("stepErrors", refused.fieldMessages());
      return itemPage(item, LimitsForm.of(item), Map.of(), null, null, model);
    }
    redirect.addFlashAttribute("done", text("items.page.saved", code));
    return "redirect:/admin/items/" + code;
  }

  @PostMapping("/admin/items/{code}/materials/{materialCode}/proof")
  String materialProof(
      @PathVariable String code,
      @PathVariable String materialCode,
      @RequestParam(required = false) String proofCode,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    try {
      items.changeMaterialProof(code, materialCode, proofCode);
    } catch (ProblemException refused) {
      if (refused.status().value() != 400) {
        throw refused;
      }
      ServiceItem item = catalog.requireItem(code);
      response.setStatus(422);
      String message =
          messages.getMessage(
              "problem." + refused.code(),
              refused.arguments(),
              refused.code(),
              LocaleContextHolder.getLocale());
      return itemPage(item, LimitsForm.of(item), Map.of(), materialCode, message, model);
    }
    redirect.addFlashAttribute("done", text("items.page.proofSaved", materialCode, proofCode));
    return "redirect:/admin/items/" + code;
  }

  /** The limits form as typed. */
  record LimitsForm(
      String handlingType,
      String limitUnit,
      String legalLimit,
      String promisedLimit,
      String maxExtension) {

    static LimitsForm of(ServiceItem item) {
      return new LimitsForm(
          item.handlingType().name(),
          item.limitUnit().name(),
          String.valueOf(item.legalLimit()),
          String.valueOf(item.promisedLimit()),
          String.valueOf(item.maxExtension()));
    }

    LimitsRequest request() {
      return new LimitsRequest(handlingType, limitUnit, legalLimit, promisedLimit, maxExtension);
    }
  }

  private String itemPage(
      ServiceItem item,
      LimitsForm typed,
      Map<String, String> errors,
      String failedMaterial,
      String materialError,
      Model model) {
    model.addAttribute("item", item);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    Map<String, Integer> stepLimits = catalog.stepLimits(item.code());
    model.addAttribute("stepLimits", stepLimits);
    model.addAttribute("steps", ItemAdminService.STEPS);
    if (!model.containsAttribute("typedSteps")) {
      Map<String, String> current = new LinkedHashMap<>();
      stepLimits.forEach((step, limit) -> current.put(step, String.valueOf(limit)));
      model.addAttribute("typedSteps", current);
      model.addAttribute("stepErrors", Map.of());
    }
    model.addAttribute("proofsOfItem", catalog.proofsOf(item));
    // every proof of the catalogue, to choose from: a few hundred at most
    model.addAttribute("allProofs", proofs.list(null, null, PageRequest.of(0, 100)).content());
    model.addAttribute("handlingTypes", HandlingType.values());
    model.addAttribute("limitUnits", LimitUnit.values());
    model.addAttribute("failedMaterial", failedMaterial);
    model.addAttribute("materialError", materialError);
    return "catalog/item-admin";
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
