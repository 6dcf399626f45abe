package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a receiving clerk sends to take an application at the counter. */
final class IntakeRequests {

  private IntakeRequests() {}

  /**
   * An application taken at the counter for an enterprise that is present.
   *
   * @param enterpriseName with {@code legalRepresentativeName}: registers an enterprise the service
   *     hall does not know yet; ignored for one it knows
   * @param resultDelivery where the applicant gets the result; online unless they ask for the
   *     station
   */
  record IntakeRequest(
      @NotBlank @Size(max = 32) String itemCode,
      @NotBlank @Size(max = 18) String enterpriseCreditCode,
      @Size(max = 200) String enterpriseName,
      @Size(max = 100) String legalRepresentativeName,
      @NotNull @Valid Person person,
      JsonNode form,
      ResultDelivery resultDelivery) {}

  /**
   * The person who came: {@code legalRepresentative} when they are the enterprise's legal
   * representative; anyone else brings an authorization letter, scanned before the submission.
   */
  record Person(
      @NotBlank @Size(max = 100) String name,
      @NotNull IdType idType,
      @NotBlank @Size(max = 40) String idNumber,
      boolean legalRepresentative) {}

  record ResultDeliveryRequest(@NotNull ResultDelivery resultDelivery) {}

  record HandoverRequest(@NotBlank @Size(max = 100) String recipientName) {}
}
