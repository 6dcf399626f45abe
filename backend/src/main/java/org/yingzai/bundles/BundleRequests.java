package org.yingzai.bundles;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an enterprise sends about its bundle applications. */
final class BundleRequests {

  private BundleRequests() {}

  record CreateBundleApplicationRequest(
      @NotBlank @Size(max = 32) String bundleCode, JsonNode form) {}

  record SupplementAnswerRequest(@Size(max = 2000) String comment) {}
}
