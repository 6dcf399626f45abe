package org.yingzai.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The applicant signs the commitment text of a proof material, naming the version and the sha256 of
 * the text they were shown.
 */
record SignCommitmentRequest(
    @NotBlank String materialCode, @NotNull Integer textVersion, @NotBlank String textSha256) {}
