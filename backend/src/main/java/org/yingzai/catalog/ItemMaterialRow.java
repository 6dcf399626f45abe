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
    String proofCode,
    Integer deferralDays) {

  /** A row of a material that must be there at acceptance. */
  ItemMaterialRow(
      String itemCode,
      String code,
      String name,
      MaterialKind kind,
      boolean required,
      Disposition disposition,
      String proofCode) {
    this(itemCode, code, name, kind, required, disposition, proofCode, null);
  }

  Material toMaterial() {
    return new Material(
        code,
        name,
        kind,
        required,
        disposition,
        proofCode,
        deferralDays == null ? 0 : deferralDays);
  }
}
