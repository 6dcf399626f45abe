package org.yingzai.projects;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yingzai.catalog.FormField;

/**
 * The catalogue entry of one stage: its items (of several departments) and the project types each
 * is required for, its one form and which item fields each of its fields feeds, its materials
 * de-duplicated across the items, and the limit of the whole stage in working days.
 */
record StageEntry(
    Stage stage,
    String name,
    int legalLimit,
    int promisedLimit,
    boolean joint,
    String description,
    String basis,
    List<Item> items,
    List<FormField> fields,
    List<FieldTarget> fieldTargets,
    List<StageMaterial> materials) {

  /** An item of the stage and the project types it is required for. */
  record Item(String itemCode, Set<ProjectType> types) {}

  /** The stage field {@code fieldName} feeds the field {@code itemField} of the item's form. */
  record FieldTarget(String fieldName, String itemCode, String itemField) {}

  /**
   * A material uploaded once for the stage, standing for the item materials it lists; or, with
   * {@code resultOfItem}, the result document an earlier stage issued for that item, which the
   * stage takes from the project without an upload.
   */
  record StageMaterial(
      String code,
      String name,
      String description,
      String resultOfItem,
      List<MaterialTarget> targets) {}

  /** An item's material a stage material stands for. */
  record MaterialTarget(String itemCode, String itemMaterialCode) {}

  /** The items a project of this type applies for in this stage, in the stage's order. */
  List<String> itemsFor(ProjectType type) {
    return items.stream().filter(item -> item.types().contains(type)).map(Item::itemCode).toList();
  }

  Optional<StageMaterial> material(String code) {
    return materials.stream().filter(material -> material.code().equals(code)).findFirst();
  }
}
