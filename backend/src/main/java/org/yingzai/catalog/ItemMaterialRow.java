package org.yingzai.catalog;

/**
 * A row of {@code item_material}: a material, the item it belongs to and its proof's disposition.
 */
record ItemMaterialRow(
    String itemCode,
    String code,
    String name,
    MaterialKind kind,
    boolean required,
    Disposition disposition,
    String proofCode) {

  Material toMaterial() {
    return new Material(code, name, kind, required, disposition, proofCode);
  }
}
