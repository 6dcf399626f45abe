package org.yingzai.catalog;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

/** The public service guide: anyone may read the catalogue. */
@RestController
@RequestMapping("/api/items")
class ItemController {

  private final Catalog catalog;
  private final MessageSource messages;

  ItemController(Catalog catalog, MessageSource messages) {
    this.catalog = catalog;
    this.messages = messages;
  }

  @GetMapping
  PageResponse<ItemResponse> list(
      @RequestParam(required = false) Theme theme,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) HandlingType handlingType,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return catalog
        .findItems(new ItemFilter(theme, department, handlingType, q), PageRequest.of(page, size))
        .map(ItemResponse::of);
  }

  @GetMapping("/{code}")
  ItemResponse item(@PathVariable String code) {
    ServiceItem item = catalog.requireItem(code);
    return ItemResponse.of(
        item, catalog.stepLimits(item.code()), catalog.proofsOf(item), this::label);
  }

  /** The item's own label, or a standard field's from the bundles in the caller's language. */
  private String label(FormField field) {
    return field.label() != null
        ? field.label()
        : messages.getMessage(
            "app.form.field." + field.name(), null, field.name(), LocaleContextHolder.getLocale());
  }
}
