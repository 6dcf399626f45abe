package org.yingzai.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bundles", description = "一件事一次办：事项组合、一张表单、一套材料、整体承诺时限")
class BundleController {

  /** A bundle as the public guide shows it. */
  record BundleResponse(
      String code,
      String name,
      Theme theme,
      int promisedLimit,
      String description,
      String basis,
      List<BundleItemResponse> items,
      List<FieldResponse> fields,
      List<Bundle.FieldTarget> fieldTargets,
      List<Bundle.BundleMaterial> materials) {

    static BundleResponse of(Bundle bundle) {
      return new BundleResponse(
          bundle.code(),
          bundle.name(),
          bundle.theme(),
          bundle.promisedLimit(),
          bundle.description(),
          bundle.basis(),
          bundle.items().stream().map(BundleItemResponse::of).toList(),
          bundle.fields().stream().map(FieldResponse::of).toList(),
          bundle.fieldTargets(),
          bundle.materials());
    }
  }

  /** One item of a bundle, with its department and limits. */
  record BundleItemResponse(
      String code,
      String name,
      ItemResponse.DepartmentResponse department,
      HandlingType handlingType,
      LimitUnit limitUnit,
      int legalLimit,
      int promisedLimit) {

    static BundleItemResponse of(ServiceItem item) {
      return new BundleItemResponse(
          item.code(),
          item.name(),
          new ItemResponse.DepartmentResponse(item.department().code(), item.department().name()),
          item.handlingType(),
          item.limitUnit(),
          item.legalLimit(),
          item.promisedLimit());
    }
  }

  /** One field of the bundle's form. */
  record FieldResponse(
      String name,
      FieldType type,
      boolean required,
      int maxLength,
      String label,
      List<String> options) {

    static FieldResponse of(FormField field) {
      return new FieldResponse(
          field.name(),
          field.type(),
          field.required(),
          field.maxLength(),
          field.label(),
          field.options());
    }
  }

  private final Bundles bundles;

  BundleController(Bundles bundles) {
    this.bundles = bundles;
  }

  @GetMapping("/api/bundles")
  @Operation(summary = "The bundles (一件事) an enterprise applies for with one submission")
  List<BundleResponse> list() {
    return bundles.findAll().stream().map(BundleResponse::of).toList();
  }

  @GetMapping("/api/bundles/{code}")
  @Operation(summary = "One bundle: its items, form, materials and promised limit")
  BundleResponse get(@PathVariable String code) {
    return BundleResponse.of(bundles.require(code));
  }
}
