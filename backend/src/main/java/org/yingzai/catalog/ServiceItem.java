package org.yingzai.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yingzai.identity.Department;

/**
 * A service item (事项) an enterprise can apply for.
 *
 * @param promisedLimit the limit the department promises, at most the legal one; {@code 0} for
 *     items decided on the day of acceptance
 * @param maxExtension the most working days a deciding officer may extend the limit by
 * @param processKey the BPMN process that handles applications for this item
 * @param materials in the order the service guide lists them
 * @param formFields the item's own form in order; empty when it uses {@link FormField#STANDARD}
 */
public record ServiceItem(
    String code,
    String name,
    Department department,
    Theme theme,
    HandlingType handlingType,
    LimitUnit limitUnit,
    int legalLimit,
    int promisedLimit,
    int maxExtension,
    String processKey,
    String description,
    List<Material> materials,
    List<FormField> formFields) {

  public ServiceItem {
    Objects.requireNonNull(code, "code");
    if (legalLimit < 0 || promisedLimit < 0 || maxExtension < 0 || promisedLimit > legalLimit) {
      throw new IllegalArgumentException(
          "Service item " + code + ": limits must not be negative, promised at most legal");
    }
    materials = materials == null ? List.of() : List.copyOf(materials);
    formFields = formFields == null ? List.of() : List.copyOf(formFields);
  }

  /** The application form an applicant fills in: the item's own, or else the standard one. */
  public List<FormField> form() {
    return formFields.isEmpty() ? FormField.STANDARD : formFields;
  }

  public Optional<FormField> formField(String name) {
    return form().stream().filter(field -> field.name().equals(name)).findFirst();
  }

  /**
   * How much shorter the promised limit is than the legal one, 1 − promised/legal in whole percent;
   * {@code null} when it is not shorter.
   */
  public Integer reductionPercent() {
    if (legalLimit == 0 || promisedLimit >= legalLimit) {
      return null;
    }
    return (int) Math.round(100.0 * (legalLimit - promisedLimit) / legalLimit);
  }

  public Optional<Material> material(String code) {
    return materials.stream().filter(material -> material.code().equals(code)).findFirst();
  }
}
