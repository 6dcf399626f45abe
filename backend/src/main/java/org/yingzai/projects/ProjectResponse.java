package org.yingzai.projects;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.Step;
import org.yingzai.catalog.FormField;
import org.yingzai.clock.WarningLevel;

/**
 * A construction project with its four stages side by side (API.md, "Construction projects and
 * stages").
 *
 * @param workingDaysUsed the working days its stages' clocks have counted so far, pauses left out
 * @param legalLimit the stages' legal limits added up, in working days
 * @param promisedLimit the stages' promised limits added up, in working days
 */
public record ProjectResponse(
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
    Helper helper,
    OffsetDateTime createdAt,
    int workingDaysUsed,
    int legalLimit,
    int promisedLimit,
    List<StageResponse> stages) {

  /** The key project's helper (帮办代办员). */
  public record Helper(String username, String name) {}

  /**
   * One stage: its status and clock, and its applications, one per item.
   *
   * @param startedOn the day of its first acceptance, from which its limit counts
   * @param workingDaysUsed working days its clock counted, pauses left out; 0 before it started
   */
  public record StageResponse(
      Stage stage,
      String name,
      StageStatus status,
      StageOutcome outcome,
      boolean joint,
      int legalLimit,
      int promisedLimit,
      OffsetDateTime submittedAt,
      LocalDate startedOn,
      OffsetDateTime deadline,
      OffsetDateTime legalDeadline,
      WarningLevel warningLevel,
      boolean clockPaused,
      int workingDaysUsed,
      OffsetDateTime finishedAt,
      List<StageApplication> applications,
      JointResultRef jointResult) {}

  /** A joint stage's one joint result (联合验收意见书): its verification code and number. */
  public record JointResultRef(String code, String documentNumber, boolean passed) {}

  /** An application of a stage, side by side with the others. */
  public record StageApplication(
      String id,
      String number,
      String itemCode,
      String itemName,
      String department,
      String departmentName,
      ApplicationStatus status,
      Step step,
      OffsetDateTime deadline,
      WarningLevel warningLevel,
      boolean clockPaused,
      String queryCode) {}

  /**
   * What an open stage asks for: its one form with what is filled in so far, and its de-duplicated
   * materials with what is uploaded.
   */
  public record StageForm(
      Stage stage,
      String name,
      StageStatus status,
      List<String> itemCodes,
      List<FormField> fields,
      JsonNode form,
      List<StageMaterialResponse> materials) {}

  /**
   * A stage material.
   *
   * @param required whether an item of the project's type cannot be submitted without it
   * @param resultDocument the number of the result document of an earlier stage that stands for it
   *     (the submission attaches that document; an upload replaces it)
   * @param upload the newest upload of it, if any
   * @param deferralDays for a key project, the working days after the acceptance within which it
   *     may follow when promised (容缺受理); {@code null} when it cannot be promised
   */
  public record StageMaterialResponse(
      String code,
      String name,
      String description,
      boolean required,
      String resultDocument,
      UploadResponse upload,
      Integer deferralDays) {

    /** Whether the submission has it: uploaded, or an earlier stage's result. */
    public boolean present() {
      return upload != null || resultDocument != null;
    }
  }

  public record UploadResponse(
      long id, String fileName, String contentType, long size, String sha256, OffsetDateTime at) {}
}
