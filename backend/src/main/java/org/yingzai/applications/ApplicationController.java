package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yingzai.applications.ApplicationRequests.CreateApplicationRequest;
import org.yingzai.applications.ApplicationRequests.SupplementAnswerRequest;
import org.yingzai.applications.ApplicationRequests.WithdrawalRequest;
import org.yingzai.applications.ApplicationResponse.MaterialResponse;
import org.yingzai.clock.WarningLevel;
import org.yingzai.shared.FileResponses;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications", description = "办件：申请、材料、提交、补正、撤回、查询")
class ApplicationController {

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final Drafts drafts;
  private final MaterialUploads uploads;
  private final Submissions submissions;
  private final SupplementAnswers supplements;
  private final Withdrawals withdrawals;
  private final ApplicationViews views;

  ApplicationController(
      Drafts drafts,
      MaterialUploads uploads,
      Submissions submissions,
      SupplementAnswers supplements,
      Withdrawals withdrawals,
      ApplicationViews views) {
    this.drafts = drafts;
    this.uploads = uploads;
    this.submissions = submissions;
    this.supplements = supplements;
    this.withdrawals = withdrawals;
    this.views = views;
  }

  @PostMapping
  @Operation(summary = "Create a draft application for a service item")
  ResponseEntity<ApplicationResponse> create(
      @Valid @RequestBody CreateApplicationRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    Idempotency.requireValid(idempotencyKey);
    ApplicationResponse created;
    try {
      created = drafts.create(request, idempotencyKey);
    } catch (DuplicateKeyException raced) {
      created = drafts.replay(idempotencyKey);
    }
    return ResponseEntity.created(URI.create("/api/applications/" + created.id())).body(created);
  }

  @PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload one material file (PDF, JPEG, PNG or OFD, at most 20 MB)")
  ResponseEntity<MaterialResponse> upload(
      @PathVariable String id,
      @RequestParam String materialCode,
      @RequestParam MultipartFile file) {
    try (InputStream content = file.getInputStream()) {
      MaterialResponse stored =
          uploads.upload(id, materialCode, file.getOriginalFilename(), content);
      return ResponseEntity.created(
              URI.create("/api/applications/" + id + "/materials/" + stored.id()))
          .body(stored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PutMapping("/{id}/form")
  @Operation(
      summary =
          "Replace the form of a draft, checked against the item's form (GET /api/items/{code})")
  ApplicationResponse updateForm(@PathVariable String id, @RequestBody JsonNode form) {
    return drafts.updateForm(id, form);
  }

  @GetMapping("/{id}/materials/{materialId}")
  @Operation(summary = "Download one material file")
  ResponseEntity<Resource> download(@PathVariable String id, @PathVariable long materialId) {
    MaterialUploads.StoredMaterial material = uploads.download(id, materialId);
    return FileResponses.of(
        material.content(),
        material.size(),
        MediaType.parseMediaType(material.contentType()),
        material.fileName(),
        true);
  }

  @PostMapping("/{id}/submit")
  @Operation(summary = "Submit a draft: it gets its number and the approval process starts")
  ApplicationResponse submit(
      @PathVariable String id,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    Idempotency.requireValid(idempotencyKey);
    try {
      return submissions.submit(id, idempotencyKey);
    } catch (DuplicateKeyException raced) {
      return submissions.replay(idempotencyKey);
    }
  }

  @PostMapping("/{id}/supplement")
  @Operation(summary = "Answer a supplement request once the missing materials are uploaded")
  ApplicationResponse supplement(
      @PathVariable String id, @Valid @RequestBody(required = false) SupplementAnswerRequest body) {
    return supplements.answer(id, body == null ? null : body.comment());
  }

  @PostMapping("/{id}/withdraw")
  @Operation(
      summary =
          "Withdraw a submitted application before its decision, with the reason (撤回); the process"
              + " ends and the clock stops")
  ApplicationResponse withdraw(
      @PathVariable String id, @Valid @RequestBody(required = false) WithdrawalRequest body) {
    return withdrawals.withdraw(id, body == null ? null : body.reason());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One application with its materials, supplement rounds and timeline")
  ApplicationResponse get(@PathVariable String id) {
    return views.get(id);
  }

  @GetMapping
  @Operation(summary = "Applications the caller may see, newest first")
  PageResponse<ApplicationListItem> list(
      @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) WarningLevel warningLevel,
      @RequestParam(required = false) String itemCode,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return views.list(status, warningLevel, itemCode, PageRequest.of(page, size));
  }
}
