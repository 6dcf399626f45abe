package org.yingzai.bundles;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.ApplicationResponse.PendingProof;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.IssuedResult;
import org.yingzai.clock.WarningLevel;

/**
 * A bundle application: its status and clock (the bundle's promised limit from the first
 * acceptance), its form and materials, its applications side by side and the supplement notices
 * still open, each with the bundle's materials that answer it.
 *
 * @param legalLimit the longest legal limit of its items, which run at once
 */
public record BundleApplicationResponse(
    String id,
    String bundleCode,
    String bundleName,
    BundleStatus status,
    BundleOutcome outcome,
    Integer promisedLimit,
    Integer legalLimit,
    JsonNode form,
    OffsetDateTime createdAt,
    OffsetDateTime submittedAt,
    LocalDate startedOn,
    OffsetDateTime deadline,
    OffsetDateTime legalDeadline,
    WarningLevel warningLevel,
    boolean clockPaused,
    OffsetDateTime finishedAt,
    List<MaterialState> materials,
    List<Member> applications,
    List<OpenSupplement> supplements) {

  /** One of the bundle's materials, and whether every item material it stands for has it. */
  public record MaterialState(String code, String name, String description, boolean attached) {}

  /** One item's application, as the bundle's page shows it beside the others. */
  public record Member(
      String id,
      String number,
      String itemCode,
      String itemName,
      String department,
      String departmentName,
      ApplicationStatus status,
      OffsetDateTime deadline,
      WarningLevel warningLevel,
      boolean clockPaused,
      String queryCode,
      List<MissingMaterial> missingMaterials,
      List<PendingProof> pendingProofs,
      List<IssuedResult> results) {}

  /**
   * A supplement notice of one of its applications, not answered yet.
   *
   * @param bundleMaterials the codes of the bundle's materials that supply what it asks for
   */
  public record OpenSupplement(
      String applicationId,
      String itemName,
      String departmentName,
      String comment,
      OffsetDateTime requestedAt,
      List<MissingMaterial> materials,
      List<String> bundleMaterials) {}
}
