package org.yingzai.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.clock.WarningLevel;

@Mapper
interface ProjectMapper {

  record ProjectRow(
      String id,
      String code,
      String name,
      long enterpriseId,
      String enterpriseName,
      String location,
      BigDecimal investment,
      ProjectType projectType,
      boolean keyProject,
      String keyReason,
      String keyDesignatedBy,
      Instant keyDesignatedAt,
      String createdBy,
      Instant createdAt,
      String helperUsername,
      String helperName) {}

  record StageRow(
      String projectId,
      Stage stage,
      StageStatus status,
      String formJson,
      Instant openedAt,
      Instant submittedAt,
      String submittedBy,
      Integer legalLimit,
      Integer promisedLimit,
      LocalDate startedOn,
      Instant deadline,
      Instant legalDeadline,
      WarningLevel warningLevel,
      boolean clockPaused,
      Instant finishedAt,
      StageOutcome outcome,
      String processInstanceId) {}

  record UploadRow(
      Long id,
      String projectId,
      Stage stage,
      String materialCode,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {}

  record AuthorizationRow(
      long id,
      String projectId,
      String helperUsername,
      HelperScope scope,
      LocalDate validUntil,
      String grantedBy,
      Instant grantedAt,
      String withdrawnBy,
      Instant withdrawnAt,
      String withdrawReason) {}

  record MemberRow(String applicationId, String projectId, Stage stage, String itemCode) {}

  /** A project as its enterprise registers it; the investment in 万元. */
  record NewProject(
      String id,
      String code,
      String name,
      long enterpriseId,
      String location,
      BigDecimal investment,
      ProjectType projectType,
      String createdBy,
      Instant createdAt) {}

  void insertProject(NewProject project);

  record StageCount(WarningLevel warningLevel, boolean clockPaused, long stages) {}

  /** The stages in progress by level and pause (ix_project_stage_status). */
  List<StageCount> countStagesInProgress();

  long countKeyProjects();

  long countKeyProjectStagesInProgress();

  ProjectRow findProject(@Param("id") String id);

  /** Locks the project's row until the transaction ends; null when there is none. */
  Boolean lockProject(@Param("id") String id);

  int countByCode(@Param("code") String code);

  /**
   * A page of projects, newest first: an enterprise's ({@code enterpriseId}); those a department
   * handles items of ({@code departmentCode}) or a helper helps under an authorization in force on
   * {@code today} ({@code helper}); or all.
   */
  List<ProjectRow> findPage(
      @Param("enterpriseId") Long enterpriseId,
      @Param("departmentCode") String departmentCode,
      @Param("helper") String helper,
      @Param("today") LocalDate today,
      @Param("keyOnly") boolean keyOnly,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(
      @Param("enterpriseId") Long enterpriseId,
      @Param("departmentCode") String departmentCode,
      @Param("helper") String helper,
      @Param("today") LocalDate today,
      @Param("keyOnly") boolean keyOnly);

  /** Whether the department handles an application of the project. */
  boolean involves(
      @Param("projectId") String projectId, @Param("departmentCode") String department);

  int designateKey(
      @Param("id") String id,
      @Param("reason") String reason,
      @Param("by") String by,
      @Param("at") Instant at);

  int assignHelper(
      @Param("id") String id,
      @Param("helper") String helper,
      @Param("by") String by,
      @Param("at") Instant at);

  void insertAuthorization(
      @Param("projectId") String projectId,
      @Param("helper") String helper,
      @Param("scope") HelperScope scope,
      @Param("validUntil") LocalDate validUntil,
      @Param("by") String by,
      @Param("at") Instant at);

  /** The project's authorizations, oldest first. */
  List<AuthorizationRow> findAuthorizations(@Param("projectId") String projectId);

  int withdrawAuthorizations(
      @Param("projectId") String projectId,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("reason") String reason);

  void insertStage(
      @Param("projectId") String projectId,
      @Param("stage") Stage stage,
      @Param("status") StageStatus status);

  List<StageRow> findStages(@Param("projectId") String projectId);

  /** The stages of these projects; {@code projectIds} must not be empty. */
  List<StageRow> findStagesOf(@Param("projectIds") Collection<String> projectIds);

  StageRow lockStage(@Param("projectId") String projectId, @Param("stage") Stage stage);

  int updateForm(
      @Param("projectId") String projectId,
      @Param("stage") Stage stage,
      @Param("formJson") String formJson);

  int markSubmitted(
      @Param("projectId") String projectId,
      @Param("stage") Stage stage,
      @Param("at") Instant at,
      @Param("by") String by,
      @Param("legalLimit") int legalLimit,
      @Param("promisedLimit") int promisedLimit);

  int setProcessInstance(
      @Param("projectId") String projectId,
      @Param("stage") Stage stage,
      @Param("processInstanceId") String processInstanceId);

  int updateClock(
      @Param("projectId") String projectId,
      @Param("stage") Stage stage,
      @Param("startedOn") LocalDate startedOn,
      @Param("deadline") Instant deadline,
      @Param("legalDeadline") Instant legalDeadline,
      @Param("level") WarningLevel level,
      @Param("paused") boolean paused);

  int markFinished(
      @Param("projectId") String projectId,
      @Param("stage") Stage stage,
      @Param("at") Instant at,
      @Param("outcome") StageOutcome outcome);

  int updateOutcome(
      @Param("projectId") String projectId,
      @Param("stage") Stage stage,
      @Param("outcome") StageOutcome outcome);

  int open(
      @Param("projectId") String projectId,
      @Param("stage") Stage stage,
      @Param("at") Instant at,
      @Param("formJson") String formJson);

  void insertUpload(UploadRow row);

  /** The stage's uploads, the newest of each material last. */
  List<UploadRow> findUploads(@Param("projectId") String projectId, @Param("stage") Stage stage);

  void insertMember(MemberRow row);

  List<MemberRow> findMembers(@Param("projectId") String projectId);

  /** The application ids of one stage of the project (uk_project_application_item). */
  List<String> findStageMembers(@Param("projectId") String projectId, @Param("stage") Stage stage);

  /** The applications of these projects; {@code projectIds} must not be empty. */
  List<MemberRow> findMembersOf(@Param("projectIds") Collection<String> projectIds);

  MemberRow findMember(@Param("applicationId") String applicationId);
}
