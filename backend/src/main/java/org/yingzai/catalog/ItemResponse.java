package org.yingzai.catalog;

import java.util.List;
import java.util.Map;

/** A service item as the public guide shows it. */
record ItemResponse(
    String code,
    String name,
    DepartmentResponse department,
    Theme theme,
    HandlingType handlingType,
    LimitUnit limitUnit,
    int legalLimit,
    int promisedLimit,
    int maxExtension,
    String description,
    List<MaterialResponse> materials,
    Map<String, Integer> stepLimits) {

  record DepartmentResponse(String code, String name) {}

  /** {@code disposition} is left out of the JSON for anything but proofs. */
  record MaterialResponse(
      String code, String name, MaterialKind kind, boolean required, Disposition disposition) {

    static MaterialResponse of(Material material) {
      return new MaterialResponse(
          material.code(),
          material.name(),
          material.kind(),
          material.required(),
          material.disposition());
    }
  }

  static ItemResponse of(ServiceItem item) {
    return of(item, null);
  }

  /** With the item's own per-step limits; lists leave them out. */
  static ItemResponse of(ServiceItem item, Map<String, Integer> stepLimits) {
    return new ItemResponse(
        item.code(),
        item.name(),
        new DepartmentResponse(item.department().code(), item.department().name()),
        item.theme(),
        item.handlingType(),
        item.limitUnit(),
        item.legalLimit(),
        item.promisedLimit(),
        item.maxExtension(),
        item.description(),
        item.materials().stream().map(MaterialResponse::of).toList(),
        stepLimits);
  }
}
