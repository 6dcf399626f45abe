package org.yingzai.projects;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies the project API takes. */
final class ProjectRequests {

  private ProjectRequests() {}

  /**
   * A project to register, by its national investment project code (投资项目统一代码, e.g.
   * 2026-370571-35-03-000123); the investment in 万元.
   */
  record CreateProjectRequest(
      @NotBlank @Pattern(regexp = "\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}") String code,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 300) String location,
      @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal investment,
      @NotNull ProjectType projectType) {}

  /** The clerk (with the duty help) who helps a key project. */
  record AssignHelperRequest(@NotBlank @Size(max = 64) String helper) {}

  /** What the enterprise authorizes its helper to do, through which day. */
  record AuthorizeHelperRequest(@NotNull HelperScope scope, @NotNull LocalDate validUntil) {}

  /** Why the enterprise withdraws its authorization; optional. */
  record WithdrawAuthorizationRequest(@Size(max = 500) String reason) {}

  /**
   * A stage's submission: the stage materials the applicant promises to supply after the acceptance
   * (容缺受理, key projects only), by code.
   */
  record SubmitStageRequest(@Size(max = 50) List<@NotBlank String> promisedMaterials) {

    SubmitStageRequest {
      promisedMaterials = promisedMaterials == null ? List.of() : List.copyOf(promisedMaterials);
    }
  }

  /** Why a project is put on the green channel. */
  record KeyProjectRequest(@NotBlank @Size(max = 1000) String reason) {}
}
