package org.yingzai.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.catalog.ItemAdminService.LimitsRequest;

/** Administrators change an item's limits and the proofs its materials stand for. */
@RestController
@RequestMapping("/api/admin/items")
@Tag(name = "Service item administration", description = "事项维护（管理员）")
class ItemAdminController {

  private final ItemAdminService items;
  private final Catalog catalog;

  ItemAdminController(ItemAdminService items, Catalog catalog) {
    this.items = items;
    this.catalog = catalog;
  }

  @PutMapping("/{code}/limits")
  @Operation(
      summary =
          "Replace the item's handling type, limit unit, legal and promised limits and maximum"
              + " extension; refused as a whole, naming every wrong field")
  ItemResponse limits(@PathVariable String code, @RequestBody LimitsRequest request) {
    return response(items.changeLimits(code, request));
  }

  @PutMapping("/{code}/step-limits")
  @Operation(
      summary =
          "Replace the item's own step limits (ACCEPT, REVIEW, DECIDE, SUPPLEMENT; a step left out"
              + " or null has none); refused as a whole, naming every wrong step")
  ItemResponse stepLimits(@PathVariable String code, @RequestBody Map<String, Object> limits) {
    Map<String, String> typed = new LinkedHashMap<>();
    limits.forEach((step, value) -> typed.put(step, value == null ? null : value.toString()));
    items.changeStepLimits(code, typed);
    return response(catalog.requireItem(code));
  }

  /** The proof a material stands for. */
  record MaterialProofRequest(String proofCode) {}

  @PutMapping("/{code}/materials/{materialCode}/proof")
  @Operation(summary = "Point a proof material of the item at another proof of the catalogue")
  ItemResponse materialProof(
      @PathVariable String code,
      @PathVariable String materialCode,
      @RequestBody MaterialProofRequest request) {
    return response(items.changeMaterialProof(code, materialCode, request.proofCode()));
  }

  private ItemResponse response(ServiceItem item) {
    return ItemResponse.of(item, catalog.stepLimits(item.code()), catalog.proofsOf(item), null);
  }
}
