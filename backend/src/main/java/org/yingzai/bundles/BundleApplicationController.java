package org.yingzai.bundles;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yingzai.bundles.BundleRequests.CreateBundleApplicationRequest;
import org.yingzai.bundles.BundleRequests.SupplementAnswerRequest;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@RequestMapping("/api/bundle-applications")
@Tag(name = "Bundle applications", description = "一件事一次办：一张表单、一套材料、一次提交、并联办理")
class BundleApplicationController {

  private final BundleDrafts drafts;
  private final BundleSubmissions submissions;
  private final BundleViews views;

  BundleApplicationController(
      BundleDrafts drafts, BundleSubmissions submissions, BundleViews views) {
    this.drafts = drafts;
    this.submissions = submissions;
    this.views = views;
  }

  @PostMapping
  @Operation(summary = "Create a bundle application: a draft with one draft application per item")
  ResponseEntity<BundleApplicationResponse> create(
      @Valid @RequestBody CreateBundleApplicationRequest request) {
    String id = drafts.create(request);
    return ResponseEntity.created(URI.create("/api/bundle-applications/" + id)).body(views.get(id));
  }

  @GetMapping
  @Operation(summary = "The enterprise's bundle applications, newest first")
  PageResponse<BundleApplicationResponse> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return views.list(PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One bundle application with its applications side by side")
  BundleApplicationResponse get(@PathVariable String id) {
    return views.get(id);
  }

  @PutMapping("/{id}/form")
  @Operation(summary = "Replace the bundle's form; it feeds every item's form")
  BundleApplicationResponse updateForm(@PathVariable String id, @RequestBody JsonNode form) {
    drafts.updateForm(id, form);
    return views.get(id);
  }

  @PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Upload one of the bundle's materials once: it goes to every item material it stands for")
  BundleApplicationResponse upload(
      @PathVariable String id,
      @RequestParam String materialCode,
      @RequestParam MultipartFile file) {
    try (InputStream content = file.getInputStream()) {
      drafts.upload(id, materialCode, file.getOriginalFilename(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return views.get(id);
  }

  @PostMapping("/{id}/submit")
  @Operation(summary = "Submit the bundle: every item's application at once, in parallel")
  BundleApplicationResponse submit(@PathVariable String id) {
    submissions.submit(id);
    return views.get(id);
  }

  @PostMapping("/{id}/supplement")
  @Operation(summary = "Answer every open supplement notice of the bundle's applications at once")
  BundleApplicationResponse supplement(
      @PathVariable String id, @Valid @RequestBody(required = false) SupplementAnswerRequest body) {
    submissions.answerSupplements(id, body == null ? null : body.comment());
    return views.get(id);
  }
}
