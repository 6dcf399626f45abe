package org.yingzai.results;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.applications.IssuedResult;
import org.yingzai.shared.FileResponses;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;

/**
 * The pages of results: the public verification a document's QR code opens, an enterprise's "my
 * licences" list, and a document's PDF for whoever may see its application.
 */
@PageController
class ResultPageController {

  private final Results results;
  private final ResultVerification verification;

  ResultPageController(Results results, ResultVerification verification) {
    this.results = results;
    this.verification = verification;
  }

  @GetMapping("/verify")
  String verifyForm(
      @RequestParam(required = false) String code, HttpServletResponse response, Model model) {
    if (code == null || code.isBlank()) {
      return "results/verify";
    }
    String normalized = ResultCodes.normalize(code);
    if (ResultCodes.wellFormed(normalized)) {
      return "redirect:/verify/" + normalized;
    }
    // shown beside the field with what was typed; nothing is looked up
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("typed", code.strip());
    model.addAttribute("codeInvalid", true);
    return "results/verify";
  }

  @GetMapping("/verify/{code}")
  String verify(
      @PathVariable String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String normalized = ResultCodes.normalize(code);
    if (!normalized.equals(code) && ResultCodes.wellFormed(normalized)) {
      return "redirect:/verify/" + normalized;
    }
    model.addAttribute("code", code);
    try {
      model.addAttribute("result", verification.verify(code, request.getRemoteAddr()));
    } catch (ProblemException refused) {
      // the page says how long to wait: no Retry-After, which clients would act on by themselves
      response.setStatus(refused.status().value());
      model.addAttribute("error", refused.code());
      model.addAttribute("errorArguments", refused.arguments());
    }
    return "results/verify";
  }

  @GetMapping("/my/licences")
  String mine(
      @RequestParam(required = false) IssuedResult.Kind kind,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", IssuedResult.Kind.values());
    model.addAttribute("page", results.mine(kind, PageRequest.of(page, 20)));
    return "results/mine";
  }

  @GetMapping("/applications/{id}/results/{code}")
  ResponseEntity<Resource> document(
      @PathVariable String id,
      @PathVariable String code,
      @RequestParam(defaultValue = "false") boolean download) {
    Results.DocumentFile file = results.download(id, code);
    return FileResponses.of(
        file.content(), file.size(), MediaType.APPLICATION_PDF, file.fileName(), download);
  }
}
