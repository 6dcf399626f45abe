package org.yingzai.applications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.shared.PageController;
import org.yingzai.shared.ProblemException;

/**
 * The public progress query page: the form is posted, so that the query code never appears in an
 * address, a history or a log; a refusal is shown beside the fields with what was typed.
 */
@PageController
class ProgressPageController {

  private final ProgressQuery progress;

  ProgressPageController(ProgressQuery progress) {
    this.progress = progress;
  }

  @GetMapping("/progress")
  String form(Model model) {
    model.addAttribute("number", "");
    model.addAttribute("queryCode", "");
    return "applications/progress";
  }

  @PostMapping("/progress")
  String query(
      @RequestParam(defaultValue = "") String number,
      @RequestParam(defaultValue = "") String queryCode,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("number", number.strip());
    model.addAttribute("queryCode", queryCode.strip());
    try {
      model.addAttribute("result", progress.find(number, queryCode, request.getRemoteAddr()));
    } catch (ProblemException refused) {
      // the message says how long to wait: no Retry-After, which clients would act on by themselves
      response.setStatus(refused.status().value());
      model.addAttribute("error", refused.code());
      model.addAttribute("errorArguments", refused.arguments());
    }
    return "applications/progress";
  }
}
