package org.yingzai.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The certificate-free side of an application: its proofs, shared evidence and commitments. */
@RestController
@RequestMapping("/api/applications/{id}")
@Tag(name = "Certificate-free", description = "无证明：共享数据核验与告知承诺")
class EvidenceController {

  private final ApplicationProofs proofs;
  private final EvidencePreviews previews;
  private final EvidenceConsents consents;
  private final Commitments commitments;

  EvidenceController(
      ApplicationProofs proofs,
      EvidencePreviews previews,
      EvidenceConsents consents,
      Commitments commitments) {
    this.proofs = proofs;
    this.previews = previews;
    this.consents = consents;
    this.commitments = commitments;
  }

  @GetMapping("/proofs")
  @Operation(
      summary =
          "The application's proof materials: what each needs, the evidence attached, the"
              + " signatures, and what a submitted application relied on")
  ProofsResponse proofs(@PathVariable String id) {
    return proofs.of(id);
  }

  @PostMapping("/evidence/{materialCode}/preview")
  @Operation(
      summary =
          "Fetch the shared evidence of a proof now and show it; nothing is attached until consent")
  EvidenceResponse preview(@PathVariable String id, @PathVariable String materialCode) {
    return previews.preview(id, materialCode);
  }

  @PostMapping("/evidence/{materialCode}/consent")
  @Operation(summary = "Consent to attach exactly the evidence of a preview")
  EvidenceResponse consent(
      @PathVariable String id,
      @PathVariable String materialCode,
      @Valid @RequestBody ConsentRequest request,
      HttpServletRequest http) {
    return consents.consent(id, materialCode, request.previewId(), origin(http));
  }

  @PostMapping("/commitments")
  @Operation(summary = "Sign the current commitment text of a proof instead of uploading it")
  ResponseEntity<SignatureResponse> sign(
      @PathVariable String id,
      @Valid @RequestBody SignCommitmentRequest request,
      HttpServletRequest http) {
    Commitments.Signed signed = commitments.sign(id, request, origin(http));
    return ResponseEntity.status(signed.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(signed.signature());
  }

  private static Origin origin(HttpServletRequest http) {
    return new Origin(http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
  }
}
