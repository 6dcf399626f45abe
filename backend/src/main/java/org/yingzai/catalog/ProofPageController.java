package org.yingzai.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.catalog.ProofAdminRequests.ProofRequest;
import org.yingzai.catalog.ProofAdminResponses.ImportResponse;
import org.yingzai.catalog.ProofAdminResponses.ProofAdminResponse;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The administrator's proof catalogue (证明事项清单): the list, one proof to edit with its commitment
 * text versions and change log, and the catalogue's export and import (a dry run first), all
 * through the proof administration's services.
 */
@PageController
class ProofPageController {

  private static final int PAGE_SIZE = 20;

  private final ProofAdminService proofs;
  private final ProofFileService files;
  private final ProofExport exports;
  private final MessageSource messages;

  ProofPageController(
      ProofAdminService proofs,
      ProofFileService files,
      ProofExport exports,
      MessageSource messages) {
    this.proofs = proofs;
    this.files = files;
    this.exports = exports;
    this.messages = messages;
  }

  @GetMapping("/admin/proofs")
  String list(
      @RequestParam(required = false) Disposition disposition,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model) {
    return listPage(disposition, q, page, model);
  }

  @PostMapping(path = "/admin/proofs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String importFile(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false, defaultValue = "false") boolean dryRun,
      HttpServletResponse response,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      response.setStatus(422);
      model.addAttribute("importError", text("proofs.page.fileRequired"));
      return listPage(null, null, null, model);
    }
    if (file.getSize() > ProofFileIntake.MAX_FILE_BYTES) {
      throw ProofFileIntake.tooLarge();
    }
    try {
      ImportResponse imported =
          files.importFile(
              file.getOriginalFilename(), file.getContentType(), file.getBytes(), dryRun);
      model.addAttribute("imported", imported);
      model.addAttribute("importedFile", file.getOriginalFilename());
    } catch (ProblemException refused) {
      if (refused.status().is5xxServerError() || refused.status().value() == 409) {
        throw refused;
      }
      // every refusal of the file is shown beside the import form, with its rows where it has them
      response.setStatus(422);
      model.addAttribute(
          "importError",
          messages.getMessage(
              "problem." + refused.code(),
              refused.arguments(),
              refused.code(),
              LocaleContextHolder.getLocale()));
      model.addAttribute("importRows", refused.properties().getOrDefault("errors", List.of()));
      model.addAttribute("importedFile", file.getOriginalFilename());
    }
    return listPage(null, null, null, model);
  }

  @GetMapping("/admin/proofs/export")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(required = false, defaultValue = "xlsx") String format) {
    ProofFileFormat fileFormat =
        ProofFileFormat.named(format)
            .orElseThrow(() -> ProblemException.badRequest("PARAMETER_INVALID", "format"));
    ProofExport.File export = exports.export(fileFormat);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(export.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(export.fileName()).build().toString())
        .body(export::writeTo);
  }

  @GetMapping("/admin/proofs/{code}")
  String proof(@PathVariable String code, Model model) {
    ProofAdminResponse proof = proofs.get(code);
    return proofPage(proof, ProofForm.of(proof), Map.of(), null, null, model);
  }

  @PostMapping("/admin/proofs/{code}")
  String update(
      @PathVariable String code,
      @ModelAttribute ProofForm form,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    try {
      proofs.update(code, form.request(code));
    } catch (ProblemException refused) {
      if (!"PROOF_INVALID".equals(refused.code())) {
        throw refused;
      }
      response.setStatus(422);
      return proofPage(proofs.get(code), form, refused.fieldMessages(), null, null, model);
    }
    redirect.addFlashAttribute("done", text("proofs.page.saved", code));
    return "redirect:/admin/proofs/" + code;
  }

  @PostMapping("/admin/proofs/{code}/commitment-texts")
  String publishText(
      @PathVariable String code,
      @RequestParam(required = false) String text,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    ProofAdminService.Publication publication;
    try {
      publication = proofs.publishText(code, text);
    } catch (ProblemException refused) {
      if (!"PROOF_INVALID".equals(refused.code())) {
        throw refused;
      }
      ProofAdminResponse proof = proofs.get(code);
      response.setStatus(422);
      Map<String, String> errors = refused.fieldMessages();
      String message = errors.values().stream().findFirst().orElse(refused.code());
      return proofPage(proof, ProofForm.of(proof), Map.of(), text, message, model);
    }
    redirect.addFlashAttribute(
        "done",
        publication.created()
            ? text("proofs.page.textPublished", code, publication.text().version())
            : text("proofs.page.textUnchanged", code, publication.text().version()));
    return "redirect:/admin/proofs/" + code;
  }

  /** The edit form's fields, as typed; blank ones are sent as absent. */
  record ProofForm(
      String name,
      String issuingAuthority,
      String disposition,
      String evidenceType,
      String provider,
      String fallback,
      String verificationMethod,
      String verificationDays,
      String riskLevel,
      String basis,
      String note,
      String commitmentText) {

    static ProofForm of(ProofAdminResponse proof) {
      ProofTerms t = proof.terms();
      return new ProofForm(
          t.name(),
          t.issuingAuthority(),
          t.disposition() == null ? null : t.disposition().name(),
          t.evidenceType(),
          t.provider(),
          t.fallback() == null ? null : t.fallback().name(),
          t.verificationMethod(),
          t.verificationDays() == null ? null : String.valueOf(t.verificationDays()),
          t.riskLevel() == null ? null : t.riskLevel().name(),
          t.basis(),
          t.note(),
          null);
    }

    ProofRequest request(String code) {
      return new ProofRequest(
          code,
          blankless(name),
          blankless(issuingAuthority),
          blankless(disposition),
          blankless(evidenceType),
          blankless(provider),
          blankless(fallback),
          blankless(verificationMethod),
          blankless(verificationDays),
          blankless(riskLevel),
          blankless(basis),
          blankless(note),
          blankless(commitmentText));
    }

    private static String blankless(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }

  private String listPage(Disposition disposition, String q, Integer page, Model model) {
    PageResponse<ProofAdminResponse> found =
        proofs.list(disposition, q, PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
    model.addAttribute("proofs", found);
    model.addAttribute("q", q);
    model.addAttribute("disposition", disposition);
    model.addAttribute("dispositions", Disposition.values());
    model.addAttribute("pages", Math.max(1, (found.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    return "catalog/proofs";
  }

  private String proofPage(
      ProofAdminResponse proof,
      ProofForm form,
      Map<String, String> errors,
      String typedText,
      String textError,
      Model model) {
    String code = proof.terms().code();
    model.addAttribute("proof", proof);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("dispositions", Disposition.values());
    model.addAttribute("fallbacks", ProofFallback.values());
    model.addAttribute("riskLevels", RiskLevel.values());
    model.addAttribute("texts", proofs.texts(code));
    model.addAttribute("changes", proofs.changes(code, PageRequest.of(0, 10)));
    model.addAttribute(
        "typedText",
        typedText != null
            ? typedText
            : proof.commitment() == null ? "" : proof.commitment().text());
    model.addAttribute("textError", textError);
    return "catalog/proof";
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
