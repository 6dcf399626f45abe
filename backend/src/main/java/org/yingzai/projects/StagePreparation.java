package org.yingzai.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.MaterialFiles;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.CurrentUser;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectMapper.StageRow;
import org.yingzai.projects.ProjectMapper.UploadRow;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * The enterprise prepares an open stage: its one form, saved at every step, and its materials, each
 * uploaded once for every item that asks for it.
 */
@Service
class StagePreparation {

  private final ProjectMapper mapper;
  private final ProjectAccess access;
  private final StageCatalogue catalogue;
  private final StageOpening opening;
  private final JointSubmissions applications;
  private final MaterialFiles files;
  private final Clock clock;
  private final AuditTrail audit;

  StagePreparation(
      ProjectMapper mapper,
      ProjectAccess access,
      StageCatalogue catalogue,
      StageOpening opening,
      JointSubmissions applications,
      MaterialFiles files,
      Clock clock,
      AuditTrail audit) {
    this.mapper = mapper;
    this.access = access;
    this.catalogue = catalogue;
    this.opening = opening;
    this.applications = applications;
    this.files = files;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Replaces the stage's form, checked against the stage's fields (required ones may still be
   * missing until the submission).
   *
   * @throws ProblemException 400 {@code FORM_INVALID}; 409 {@code STAGE_NOT_OPEN}
   */
  @Transactional
  void saveForm(String projectId, Stage stage, JsonNode form) {
    ProjectRow project = access.lockForPreparation(projectId);
    lockOpen(project, stage);
    ObjectNode cleaned = applications.cleanForm(form, catalogue.require(stage).fields(), false);
    String json = opening.write(cleaned);
    mapper.updateForm(project.id(), stage, json);
    audit.record(
        ProjectAuditAction.STAGE_FORM_CHANGED,
        AuditObject.of("project", project.id()),
        null,
        Map.of("stage", stage.name(), "formSha256", Sha256.of(json)));
  }

  /**
   * Keeps one file for a stage material; a newer upload of the same material replaces the older.
   *
   * @throws ProblemException 400 {@code STAGE_MATERIAL_UNKNOWN}; 409 {@code STAGE_NOT_OPEN}; the
   *     file checks of every upload
   */
  @Transactional
  UploadRow upload(
      String projectId, Stage stage, String materialCode, String fileName, InputStream content) {
    ProjectRow project = access.lockForPreparation(projectId);
    lockOpen(project, stage);
    StageEntry entry = catalogue.require(stage);
    if (entry.material(materialCode).isEmpty()) {
      throw ProblemException.badRequest("STAGE_MATERIAL_UNKNOWN", materialCode, entry.name());
    }
    MaterialFiles.StoredUpload stored = files.storeUpload(fileName, content);
    Instant now = clock.instant();
    UploadRow row =
        new UploadRow(
            null,
            project.id(),
            stage,
            materialCode,
            stored.fileName(),
            stored.file().contentType(),
            stored.file().size(),
            stored.file().sha256(),
            CurrentUser.get().username(),
            now);
    mapper.insertUpload(row);
    audit.record(
        ProjectAuditAction.STAGE_MATERIAL_UPLOADED,
        AuditObject.of("project", project.id()),
        null,
        Map.of(
            "stage",
            stage.name(),
            "materialCode",
            materialCode,
            "sha256",
            stored.file().sha256(),
            "size",
            stored.file().size()));
    return mapper.findUploads(project.id(), stage).stream()
        .filter(u -> u.materialCode().equals(materialCode))
        .reduce((first, last) -> last)
        .orElseThrow();
  }

  /** 409 {@code STAGE_NOT_OPEN}, naming the stage and its status in the reader's words. */
  static ProblemException notOpen(StageEntry entry, StageStatus status) {
    return ProblemException.conflict(
        "STAGE_NOT_OPEN",
        entry.name(),
        new DefaultMessageSourceResolvable("projects.stageStatus." + status.name()));
  }

  private StageRow lockOpen(ProjectRow project, Stage stage) {
    StageRow row = mapper.lockStage(project.id(), stage);
    if (row == null || row.status() != StageStatus.OPEN) {
      throw notOpen(catalogue.require(stage), row == null ? StageStatus.LOCKED : row.status());
    }
    return row;
  }
}
