package org.yingzai.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The outcome of a step, with the comment and, for a supplement request, what is missing; for a
 * special procedure, which one (e.g. {@code EXPERT_REVIEW}).
 */
record CompleteTaskRequest(
    @NotBlank String outcome,
    @Size(max = 2000) String comment,
    @Size(max = 50) List<@NotBlank String> missingMaterials,
    @Size(max = 32) String procedure) {}
