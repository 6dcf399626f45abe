package org.yingzai.handling;

import java.util.Arrays;
import java.util.List;
import org.springframework.util.StringUtils;
import org.yingzai.clock.PauseReason;
import org.yingzai.shared.ProblemException;

/** The procedures of 行政许可法 §45 a reviewer may pause the clock for. */
final class SpecialProcedures {

  /** In the API's order. */
  static final List<String> ALL =
      Arrays.stream(PauseReason.values())
          .filter(PauseReason::isSpecialProcedure)
          .map(Enum::name)
          .toList();

  private SpecialProcedures() {}

  /** The special procedure a reviewer named; 400 when it is missing or not one of §45's. */
  static PauseReason named(String procedure) {
    String all = String.join(", ", ALL);
    if (!StringUtils.hasText(procedure)) {
      throw ProblemException.badRequest("PROCEDURE_REQUIRED", all);
    }
    if (!ALL.contains(procedure.strip())) {
      throw ProblemException.badRequest("PROCEDURE_INVALID", procedure, all);
    }
    return PauseReason.valueOf(procedure.strip());
  }
}
