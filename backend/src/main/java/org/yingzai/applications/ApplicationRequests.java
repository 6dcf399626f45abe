package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the applications API. */
final class ApplicationRequests {

  private ApplicationRequests() {}

  record CreateApplicationRequest(@NotBlank @Size(max = 32) String itemCode, JsonNode form) {}

  record SupplementAnswerRequest(@Size(max = 2000) String comment) {}

  /** Why the applicant withdraws the application; required. */
  record WithdrawalRequest(@Size(max = Withdrawals.MAX_REASON) String reason) {}
}
