package org.yingzai.catalog;

import static java.util.stream.Collectors.groupingBy;

import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.identity.Departments;
import org.yingzai.identity.Stations;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

/** The service guide (办事指南): the home page with every item by theme, and one item's guide. */
@PageController
class GuidePageController {

  /** The service hall's zones in the order of an enterprise's life. */
  static final List<Theme> LIFE_CYCLE =
      List.of(
          Theme.START_UP,
          Theme.INVESTMENT_CONSTRUCTION,
          Theme.OPERATING_PERMITS,
          Theme.OPERATIONS,
          Theme.EXIT);

  /** The steps in the order an application passes them; the applicant's supplement last. */
  private static final List<String> STEPS = List.of("ACCEPT", "REVIEW", "DECIDE", "SUPPLEMENT");

  private static final int PAGE_SIZE = 100;

  private final Catalog catalog;
  private final Departments departments;
  private final Stations stations;

  GuidePageController(Catalog catalog, Departments departments, Stations stations) {
    this.stations = stations;
    this.catalog = catalog;
    this.departments = departments;
  }

  /** The items of one theme on this page of the guide. */
  record ThemeGroup(Theme theme, List<ServiceItem> items) {}

  @GetMapping("/")
  String guide(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) Theme theme,
      @RequestParam(required = false) Integer page,
      Model model) {
    ItemFilter filter = new ItemFilter(theme, department, null, q);
    // one page of items with their materials: two queries, whatever the number of themes
    PageResponse<ServiceItem> items = catalog.findItems(filter, PageRequest.of(page, PAGE_SIZE));
    Map<Theme, List<ServiceItem>> byTheme =
        items.content().stream().collect(groupingBy(ServiceItem::theme));
    boolean filtered = filter.q() != null || filter.departmentCode() != null || theme != null;
    model.addAttribute(
        "groups",
        LIFE_CYCLE.stream()
            .map(t -> new ThemeGroup(t, byTheme.getOrDefault(t, List.of())))
            .filter(group -> !filtered || !group.items().isEmpty())
            .toList());
    model.addAttribute("themes", LIFE_CYCLE);
    model.addAttribute("items", items);
    model.addAttribute("filter", filter);
    model.addAttribute("filtered", filtered);
    model.addAttribute("departments", departments.findAll());
    return "catalog/guide";
  }

  @GetMapping("/items/{code}")
  String item(@PathVariable String code, Model model) {
    ServiceItem item = catalog.requireItem(code);
    Map<String, Integer> stepLimits = catalog.stepLimits(item.code());
    model.addAttribute("item", ItemResponse.of(item, stepLimits, catalog.proofsOf(item), null));
    model.addAttribute(
        "stepLimits",
        STEPS.stream()
            .filter(stepLimits::containsKey)
            .map(step -> Map.entry(step, stepLimits.get(step)))
            .toList());
    model.addAttribute("reduction", item.reductionPercent());
    model.addAttribute("guide", catalog.guide(item.code()));
    model.addAttribute("stations", stations.offering(item.code()));
    return "catalog/item";
  }
}
