package org.yingzai.evidence;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.yingzai.catalog.Disposition;
import org.yingzai.evidence.ProofsResponse.ProofMaterialResponse;
import org.yingzai.shared.PageController;
import org.yingzai.shared.ProblemException;

/**
 * The certificate-free proofs on the enterprise's apply page: shared evidence previewed and
 * consented to, commitments signed, a provider's failure with its fallback. The same service
 * methods as the API; each answers the proof's part of the page.
 */
@PageController
class ApplyEvidencePageController {

  // tells the apply page that what the draft still lacks has changed (docs/web.md)
  private static final String HX_TRIGGER = "HX-Trigger";
  private static final String PROOFS_CHANGED = "proofsChanged";

  /**
   * The dispositions the apply page leaves to this controller; the others are uploads or nothing.
   */
  static final Set<Disposition> ON_PAGE = Set.of(Disposition.DATA_SHARING, Disposition.COMMITMENT);

  private static final String PROOF = "evidence/apply :: proof";

  private final ApplicationProofs applicationProofs;
  private final EvidencePreviews previews;
  private final EvidenceConsents consents;
  private final Commitments commitments;

  ApplyEvidencePageController(
      ApplicationProofs applicationProofs,
      EvidencePreviews previews,
      EvidenceConsents consents,
      Commitments commitments) {
    this.applicationProofs = applicationProofs;
    this.previews = previews;
    this.consents = consents;
    this.commitments = commitments;
  }

  /** Every shared or committed proof of the draft, each swapped into its place on the page. */
  @GetMapping({"/my/applications/{id}/proofs", "/workbench/intake/{id}/proofs"})
  String proofs(@PathVariable String id, Model model) {
    ProofsResponse proofs = applicationProofs.of(id);
    model.addAttribute("proofs", proofs);
    model.addAttribute("pagesBase", pagesBase());
    model.addAttribute(
        "onPage", proofs.proofs().stream().filter(p -> ON_PAGE.contains(p.disposition())).toList());
    return "evidence/apply :: proofs";
  }

  @PostMapping({
    "/my/applications/{id}/evidence/{materialCode}/preview",
    "/workbench/intake/{id}/evidence/{materialCode}/preview"
  })
  String preview(
      @PathVariable String id,
      @PathVariable String materialCode,
      HttpServletResponse response,
      Model model) {
    previews.preview(id, materialCode);
    response.setHeader(HX_TRIGGER, PROOFS_CHANGED);
    return proof(id, materialCode, null, model);
  }

  @PostMapping({
    "/my/applications/{id}/evidence/{materialCode}/consent",
    "/workbench/intake/{id}/evidence/{materialCode}/consent"
  })
  String consent(
      @PathVariable String id,
      @PathVariable String materialCode,
      @RequestParam long previewId,
      HttpServletRequest http,
      HttpServletResponse response,
      Model model) {
    consents.consent(id, materialCode, previewId, origin(http));
    response.setHeader(HX_TRIGGER, PROOFS_CHANGED);
    return proof(id, materialCode, "consented", model);
  }

  @PostMapping({"/my/applications/{id}/commitments", "/workbench/intake/{id}/commitments"})
  String sign(
      @PathVariable String id,
      @RequestParam String materialCode,
      @RequestParam int textVersion,
      @RequestParam String textSha256,
      HttpServletRequest http,
      HttpServletResponse response,
      Model model) {
    commitments.sign(
        id, new SignCommitmentRequest(materialCode, textVersion, textSha256), origin(http));
    response.setHeader(HX_TRIGGER, PROOFS_CHANGED);
    return proof(id, materialCode, "signed", model);
  }

  private String proof(String id, String materialCode, String saved, Model model) {
    ProofsResponse proofs = applicationProofs.of(id);
    ProofMaterialResponse proof =
        proofs.proofs().stream()
            .filter(p -> p.materialCode().equals(materialCode))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("MATERIAL_NOT_FOUND", materialCode));
    model.addAttribute("proofs", proofs);
    model.addAttribute("pagesBase", pagesBase());
    model.addAttribute("p", proof);
    model.addAttribute("saved", saved);
    return PROOF;
  }

  /** The enterprise's pages, or the counter's where a receiving clerk prepares the draft. */
  private static String pagesBase() {
    String uri =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
            .getRequest()
            .getRequestURI();
    return uri.startsWith("/workbench/intake") ? "/workbench/intake" : "/my/applications";
  }

  private static Origin origin(HttpServletRequest http) {
    return new Origin(http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
  }
}
