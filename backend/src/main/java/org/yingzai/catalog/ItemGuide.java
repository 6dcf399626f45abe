package org.yingzai.catalog;

import java.util.Map;

/**
 * What the service guide tells about an item beyond what handling it needs.
 *
 * @param fee the charging standard (收费标准), such as 不收费
 * @param basis the legal basis (设定依据)
 * @param handlingPlace where the item is handled in person (办理地点)
 * @param materialNotes what the guide says of each material, by material code, where it says
 *     anything (such as 委托他人代办时提交)
 */
public record ItemGuide(
    String fee, String basis, String handlingPlace, Map<String, String> materialNotes) {

  public ItemGuide {
    materialNotes = materialNotes == null ? Map.of() : Map.copyOf(materialNotes);
  }
}
