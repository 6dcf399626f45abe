package org.yingzai.catalog;

/** A row of {@code item_material}: a material and the item it belongs to. */
record MaterialRow(
    String itemCode,
    String code,
    String name,
    MaterialKind kind,
    boolean required,
    Disposition disposition) {

  Material toMaterial() {
    return new Material(code, name, kind, required, disposition);
  }
}
