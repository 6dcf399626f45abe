package org.yingzai.catalog;

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

  ItemController(Catalog catalog) {
    this.catalog = catalog;
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
    return ItemResponse.of(item, catalog.stepLimits(item.code()), catalog.proofsOf(item));
  }
}
