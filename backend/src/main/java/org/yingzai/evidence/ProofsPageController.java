package org.yingzai.evidence;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yingzai.shared.PageController;

/**
 * The certificate-free side of an application as a part of a page: for each proof material what it
 * rests on, the shared evidence with its source and the consent, the signed commitments with their
 * text version and hash. Whoever may see the application may see this, as with the API.
 */
@PageController
class ProofsPageController {

  private final ApplicationProofs proofs;

  ProofsPageController(ApplicationProofs proofs) {
    this.proofs = proofs;
  }

  @GetMapping("/applications/{id}/proofs")
  String provenance(@PathVariable String id, Model model) {
    model.addAttribute("proofs", proofs.of(id));
    return "evidence/proofs :: provenance";
  }
}
