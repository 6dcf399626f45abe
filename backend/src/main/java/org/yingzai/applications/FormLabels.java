package org.yingzai.applications;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.FormField;

/**
 * The labels of an item's own form fields, for every page that shows a filled-in form
 * ({@code @formLabels.of(itemCode)}); a standard field's label is in the message bundles.
 */
@Component("formLabels")
public class FormLabels {

  private final Catalog catalog;

  FormLabels(Catalog catalog) {
    this.catalog = catalog;
  }

  public Map<String, String> of(String itemCode) {
    Map<String, String> labels = new HashMap<>();
    for (FormField field : catalog.requireItem(itemCode).form()) {
      if (field.label() != null) {
        labels.put(field.name(), field.label());
      }
    }
    return labels;
  }
}
