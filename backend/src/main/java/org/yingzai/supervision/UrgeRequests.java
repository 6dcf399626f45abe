package org.yingzai.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

final class UrgeRequests {

  private UrgeRequests() {}

  record UrgeRequest(@NotBlank String applicationId, @NotBlank @Size(max = 2000) String reason) {}

  record FeedbackRequest(@NotBlank @Size(max = 4000) String feedback) {}
}
