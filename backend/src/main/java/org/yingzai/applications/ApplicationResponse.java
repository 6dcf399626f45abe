package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.StepWarningChange;
import org.yingzai.clock.WarningChange;
import org.yingzai.clock.WarningLevel;

/**
 * An application as its applicant, its department's clerks and supervisors see it.
 *
 * @param queryCode the query code (查询码) of the public progress query; answered only to the users of
 *     the applicant enterprise
 * @param deadline the deadline under the promised limit, which the clock runs on
 * @param legalDeadline the deadline under the item's legal limit, with the same pauses and
 *     extensions
 * @param stepWarningEvents every change of the level of each step (task), oldest first
 * @param results the documents its decision issued (办理结果), oldest first
 * @param resultDelivery where the applicant gets the result
 * @param inPerson for an application taken at the hall or a station: where, the person who came
 *     (the ID number masked), and the result's handover there; {@code null} online
 * @param submittedWith the key of the group it is submitted with ({@code bundle:<id>} for an item
 *     of a bundle application), never alone; {@code null} for an application of its own
 */
public record ApplicationResponse(
    String id,
    String number,
    String queryCode,
    String itemCode,
    String itemName,
    DepartmentRef department,
    EnterpriseRef enterprise,
    Channel channel,
    ApplicationStatus status,
    JsonNode form,
    OffsetDateTime createdAt,
    OffsetDateTime submittedAt,
    OffsetDateTime acceptedAt,
    OffsetDateTime finishedAt,
    OffsetDateTime deadline,
    OffsetDateTime legalDeadline,
    WarningLevel warningLevel,
    boolean clockPaused,
    ClockState clock,
    List<MaterialResponse> materials,
    List<MissingMaterial> missingMaterials,
    List<PendingProof> pendingProofs,
    List<SupplementResponse> supplementRequests,
    List<TimelineResponse> timeline,
    List<WarningChange> warningEvents,
    List<StepWarningChange> stepWarningEvents,
    List<IssuedResult> results,
    List<MaterialPromises.PromiseResponse> promises,
    ResultDelivery resultDelivery,
    InPerson inPerson,
    String submittedWith) {

  public record DepartmentRef(String code, String name) {}

  public record EnterpriseRef(String creditCode, String name) {}

  public record MaterialResponse(
      long id,
      String materialCode,
      String name,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      OffsetDateTime uploadedAt) {}

  /** A material the item requires that has no upload yet. */
  public record MissingMaterial(String code, String name) {}

  /**
   * A required proof of a draft that waits for the applicant without an upload: {@code CONSENT} to
   * shared evidence (after a preview), or {@code SIGN} a commitment.
   */
  public record PendingProof(String code, String name, ProofChecks.ProofAction action) {}

  /**
   * One supplement notice.
   *
   * @param missingMaterials the codes of every material it asks for
   * @param materials the same materials with their names, in the item's order
   */
  public record SupplementResponse(
      long id,
      Step step,
      List<String> missingMaterials,
      List<MissingMaterial> materials,
      String comment,
      String requestedBy,
      OffsetDateTime requestedAt,
      OffsetDateTime answeredAt,
      String answerComment) {}

  /**
   * One entry of the timeline.
   *
   * @param procedure the special procedure (§45) a {@code SPECIAL_PROCEDURE_STARTED} or {@code
   *     SPECIAL_PROCEDURE_FINISHED} entry names, such as {@code HEARING}
   * @param days the working days an {@code EXTENDED} entry added
   */
  public record TimelineResponse(
      OffsetDateTime at,
      Step step,
      String action,
      String actor,
      String actorName,
      String comment,
      String procedure,
      Integer days) {}
}
