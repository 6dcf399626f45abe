package org.yingzai.catalog;

import java.util.List;
import org.yingzai.identity.Department;

/** A row of {@code service_item}, before its department and materials are attached. */
record ItemRow(
    String code,
    String name,
    String departmentCode,
    Theme theme,
    HandlingType handlingType,
    LimitUnit limitUnit,
    int legalLimit,
    int promisedLimit,
    int maxExtension,
    String processKey,
    String description) {

  ServiceItem toItem(Department department, List<Material> materials, List<FormField> form) {
    return new ServiceItem(
        code,
        name,
        department,
        theme,
        handlingType,
        limitUnit,
        legalLimit,
        promisedLimit,
        maxExtension,
        processKey,
        description,
        materials,
        form);
  }
}
