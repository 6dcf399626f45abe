package org.yingzai.bundles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yingzai.catalog.Bundle;
import org.yingzai.shared.FormJson;

/** The bundle's one form as JSON, and what each of its fields feeds in an item's form. */
@Component
class BundleForms {

  private final FormJson json;

  BundleForms(FormJson json) {
    this.json = json;
  }

  /**
   * The item's form fields the bundle's form feeds: each target field with the bundle field's
   * value, or {@code null} where the bundle's form has none (the field is cleared).
   */
  Map<String, JsonNode> feed(Bundle bundle, String itemCode, JsonNode form) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Bundle.FieldTarget target : bundle.fieldTargets()) {
      if (target.itemCode().equals(itemCode)) {
        JsonNode value = form.get(target.fieldName());
        fields.put(target.itemField(), value == null || value.isNull() ? null : value);
      }
    }
    return fields;
  }

  /** The item's first form, as the bundle's form feeds it. */
  ObjectNode itemForm(Bundle bundle, String itemCode, JsonNode form) {
    ObjectNode item = json.newForm();
    feed(bundle, itemCode, form)
        .forEach(
            (name, value) -> {
              if (value != null) {
                item.set(name, value);
              }
            });
    return item;
  }

  JsonNode read(String formJson) {
    return json.read(formJson);
  }

  String write(JsonNode form) {
    return json.write(form);
  }
}
