package org.yingzai.projects;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.Resource;
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
import org.yingzai.projects.ProjectRequests.AssignHelperRequest;
import org.yingzai.projects.ProjectRequests.AuthorizeHelperRequest;
import org.yingzai.projects.ProjectRequests.CreateProjectRequest;
import org.yingzai.projects.ProjectRequests.KeyProjectRequest;
import org.yingzai.projects.ProjectRequests.SubmitStageRequest;
import org.yingzai.projects.ProjectRequests.WithdrawAuthorizationRequest;
import org.yingzai.projects.ProjectResponse.StageForm;
import org.yingzai.projects.ProjectResponse.StageResponse;
import org.yingzai.shared.FileResponses;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "工程建设项目：分阶段并联审批、一张表单、一次提交、阶段时限、重点项目")
class ProjectController {

  private final ProjectRegistration registration;
  private final StagePreparation preparation;
  private final StageSubmissions submissions;
  private final ProjectViews views;
  private final StageForms stageForms;
  private final ProjectHelpers helpers;

  ProjectController(
      ProjectRegistration registration,
      StagePreparation preparation,
      StageSubmissions submissions,
      ProjectViews views,
      StageForms stageForms,
      ProjectHelpers helpers) {
    this.registration = registration;
    this.preparation = preparation;
    this.submissions = submissions;
    this.views = views;
    this.stageForms = stageForms;
    this.helpers = helpers;
  }

  @GetMapping
  @Operation(
      summary =
          "Projects with their stages' clocks: an enterprise's own, a clerk's department's, or all;"
              + " keyProject=true narrows to key projects")
  PageResponse<ProjectResponse> list(
      @RequestParam(required = false) Boolean keyProject,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return views.list(Boolean.TRUE.equals(keyProject), PageRequest.of(page, size));
  }

  @PostMapping
  @Operation(summary = "Register a construction project; its first stage opens")
  ResponseEntity<ProjectResponse> create(@Valid @RequestBody CreateProjectRequest request) {
    String id = registration.create(request);
    return ResponseEntity.created(URI.create("/api/projects/" + id)).body(views.get(id));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One project with its four stages and every stage's applications")
  ProjectResponse get(@PathVariable String id) {
    return views.get(id);
  }

  @PostMapping("/{id}/key")
  @Operation(summary = "Put a project on the green channel as a key project, with a reason")
  ProjectResponse designateKey(
      @PathVariable String id, @Valid @RequestBody KeyProjectRequest request) {
    registration.designateKey(id, request);
    return views.get(id);
  }

  @PostMapping("/{id}/helper")
  @Operation(summary = "Assign a key project its helper (帮办代办员), a clerk with the duty help")
  HelperResponse assignHelper(
      @PathVariable String id, @Valid @RequestBody AssignHelperRequest request) {
    helpers.assign(id, request.helper());
    return helpers.view(id);
  }

  @GetMapping("/{id}/helper")
  @Operation(summary = "The project's helper, its authorizations and every action it took")
  HelperResponse helper(@PathVariable String id) {
    return helpers.view(id);
  }

  @PostMapping("/{id}/helper/authorization")
  @Operation(
      summary = "Authorize the helper to act for the enterprise, for a scope and until a day")
  HelperResponse authorize(
      @PathVariable String id, @Valid @RequestBody AuthorizeHelperRequest request) {
    helpers.authorize(id, request.scope(), request.validUntil());
    return helpers.view(id);
  }

  @PostMapping("/{id}/helper/authorization/withdraw")
  @Operation(summary = "Withdraw the authorization in force: the helper can no longer act")
  HelperResponse withdraw(
      @PathVariable String id,
      @Valid @RequestBody(required = false) WithdrawAuthorizationRequest request) {
    helpers.withdraw(id, request == null ? null : request.reason());
    return helpers.view(id);
  }

  @GetMapping("/{id}/stages/{stage}/joint-result")
  @Operation(summary = "The joint stage's one joint result (联合验收意见书), as a PDF")
  ResponseEntity<Resource> jointResult(@PathVariable String id, @PathVariable Stage stage) {
    ProjectViews.JointDocument document = views.jointResult(id, stage);
    return FileResponses.of(
        document.content(),
        document.result().size(),
        MediaType.APPLICATION_PDF,
        document.result().documentNumber() + ".pdf",
        false);
  }

  @GetMapping("/{id}/stages/{stage}/form")
  @Operation(summary = "A stage's one form and its materials, with what is filled in and uploaded")
  StageForm form(@PathVariable String id, @PathVariable Stage stage) {
    return stageForms.form(id, stage);
  }

  @PutMapping("/{id}/stages/{stage}/form")
  @Operation(summary = "Replace an open stage's form, checked against the stage's fields")
  StageForm saveForm(
      @PathVariable String id, @PathVariable Stage stage, @RequestBody JsonNode form) {
    preparation.saveForm(id, stage, form);
    return stageForms.form(id, stage);
  }

  @PostMapping(
      path = "/{id}/stages/{stage}/materials",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload one stage material, once for every item that asks for it")
  ResponseEntity<StageForm> upload(
      @PathVariable String id,
      @PathVariable Stage stage,
      @RequestParam String materialCode,
      @RequestParam MultipartFile file) {
    try (InputStream content = file.getInputStream()) {
      preparation.upload(id, stage, materialCode, file.getOriginalFilename(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.created(URI.create("/api/projects/" + id + "/stages/" + stage + "/form"))
        .body(stageForms.form(id, stage));
  }

  @PostMapping("/{id}/stages/{stage}/submit")
  @Operation(
      summary =
          "Submit a stage once: one application per item goes to its department at once (并联审批);"
              + " a key project may promise secondary materials for after the acceptance (容缺受理)")
  StageResponse submit(
      @PathVariable String id,
      @PathVariable Stage stage,
      @Valid @RequestBody(required = false) SubmitStageRequest request) {
    submissions.submit(id, stage, request == null ? List.of() : request.promisedMaterials());
    return views.stage(id, stage);
  }
}
