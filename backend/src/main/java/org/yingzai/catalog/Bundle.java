package org.yingzai.catalog;

import java.util.List;

/**
 * A bundle (一件事): several items an enterprise sees as one thing, applied for with one form whose
 * fields feed the items' forms, one set of materials de-duplicated across the items, and a promised
 * limit for the whole bundle in working days.
 *
 * @param items in the order the bundle lists them
 * @param fieldTargets which item form field each of the bundle's fields feeds
 * @param materials each stands for the item materials it lists; an item material no bundle material
 *     stands for is asked of its item as it is
 */
public record Bundle(
    String code,
    String name,
    Theme theme,
    int promisedLimit,
    String description,
    String basis,
    List<ServiceItem> items,
    List<FormField> fields,
    List<FieldTarget> fieldTargets,
    List<BundleMaterial> materials) {

  public Bundle {
    items = List.copyOf(items);
    fields = List.copyOf(fields);
    fieldTargets = List.copyOf(fieldTargets);
    materials = List.copyOf(materials);
  }

  /** The bundle's field {@code fieldName} feeds the item's form field {@code itemField}. */
  public record FieldTarget(String fieldName, String itemCode, String itemField) {}

  /** One of the bundle's materials, uploaded once for every item material it stands for. */
  public record BundleMaterial(
      String code, String name, String description, List<MaterialTarget> targets) {

    public BundleMaterial {
      targets = List.copyOf(targets);
    }
  }

  /** An item's material that a bundle material stands for. */
  public record MaterialTarget(String itemCode, String itemMaterialCode) {}
}
