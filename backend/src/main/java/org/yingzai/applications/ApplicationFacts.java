package org.yingzai.applications;

import java.time.Instant;
import java.util.Map;

/**
 * What a document issued for an application states of it.
 *
 * @param form the applicant's form, each field's value as text
 */
public record ApplicationFacts(
    String id,
    String number,
    String itemCode,
    String departmentCode,
    long enterpriseId,
    Instant submittedAt,
    Map<String, String> form) {

  public ApplicationFacts {
    form = form == null ? Map.of() : Map.copyOf(form);
  }
}
