package org.yingzai.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.yingzai.catalog.ProofAdminRequests.CommitmentTextRequest;
import org.yingzai.catalog.ProofAdminRequests.ProofRequest;
import org.yingzai.catalog.ProofAdminResponses.CommitmentTextResponse;
import org.yingzai.catalog.ProofAdminResponses.ImportResponse;
import org.yingzai.catalog.ProofAdminResponses.ProofAdminResponse;
import org.yingzai.catalog.ProofAdminResponses.ProofChangeResponse;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/** Administrators maintain the proof catalogue; every change is in its audit trail. */
@RestController
@RequestMapping("/api/admin/proofs")
@Tag(name = "Proof catalogue administration", description = "证明事项清单维护（管理员）")
class ProofAdminController {

  private final ProofAdminService proofs;
  private final ProofFileService files;
  private final ProofExport exports;

  ProofAdminController(ProofAdminService proofs, ProofFileService files, ProofExport exports) {
    this.proofs = proofs;
    this.files = files;
    this.exports = exports;
  }

  @GetMapping
  @Operation(summary = "Proofs ordered by code; q matches a part of the code, name or authority")
  PageResponse<ProofAdminResponse> list(
      @RequestParam(required = false) Disposition disposition,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return proofs.list(disposition, q, PageRequest.of(page, size));
  }

  @PostMapping
  @Operation(summary = "Add a proof, with version 1 of its commitment text if it allows them")
  ResponseEntity<ProofAdminResponse> create(@RequestBody ProofRequest request) {
    ProofAdminResponse created = proofs.create(request);
    return ResponseEntity.created(URI.create("/api/admin/proofs/" + created.terms().code()))
        .body(created);
  }

  @GetMapping("/export")
  @Operation(
      summary = "The whole catalogue as a file (format xlsx or csv), ordered by code",
      description = "Importing the file unchanged changes nothing.")
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

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Create and update proofs from a file (.xlsx or CSV): every row is checked first, and"
              + " nothing changes unless all are good; proofs the file does not name stay as"
              + " they are",
      description = "dryRun=true checks and compares without writing.")
  ImportResponse importFile(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false, defaultValue = "false") boolean dryRun)
      throws IOException {
    if (file.getSize() > ProofFileIntake.MAX_FILE_BYTES) {
      throw ProofFileIntake.tooLarge();
    }
    return files.importFile(
        file.getOriginalFilename(), file.getContentType(), file.getBytes(), dryRun);
  }

  @GetMapping("/{code}")
  @Operation(summary = "One proof with its current commitment text and the materials using it")
  ProofAdminResponse get(@PathVariable String code) {
    return proofs.get(code);
  }

  @PutMapping("/{code}")
  @Operation(
      summary =
          "Replace every field of a proof; a different commitment text becomes its next version")
  ProofAdminResponse update(@PathVariable String code, @RequestBody ProofRequest request) {
    return proofs.update(code, request);
  }

  @DeleteMapping("/{code}")
  @Operation(
      summary = "Remove a proof that no material points to and that never had a commitment text")
  ResponseEntity<Void> delete(@PathVariable String code) {
    proofs.delete(code);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{code}/commitment-texts")
  @Operation(summary = "Every version of the proof's commitment text, newest first")
  List<CommitmentTextResponse> texts(@PathVariable String code) {
    return proofs.texts(code);
  }

  @PostMapping("/{code}/commitment-texts")
  @Operation(
      summary =
          "Publish the next version of the proof's commitment text (201); the current text again"
              + " publishes nothing (200). Versions are never edited or deleted.")
  ResponseEntity<CommitmentTextResponse> publishText(
      @PathVariable String code, @RequestBody CommitmentTextRequest request) {
    ProofAdminService.Publication publication = proofs.publishText(code, request.text());
    return ResponseEntity.status(publication.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(publication.text());
  }

  @GetMapping("/{code}/changes")
  @Operation(summary = "The proof's audit trail, newest first; also of a deleted proof")
  PageResponse<ProofChangeResponse> changes(
      @PathVariable String code,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return proofs.changes(code, PageRequest.of(page, size));
  }
}
