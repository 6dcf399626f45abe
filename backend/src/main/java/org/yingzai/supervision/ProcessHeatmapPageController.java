package org.yingzai.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ItemFilter;
import org.yingzai.identity.Departments;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.supervision.ProcessDiagram.Shape;

/**
 * The process heatmap (什么环节在拖): the approval path drawn from its BPMN diagram with the work waiting
 * at each task, the time tasks took and the flows taken, the same numbers as a table, and the
 * applications waiting at the task the supervisor picks.
 */
@PageController
class ProcessHeatmapPageController {

  private static final int PAGE_SIZE = 20;

  private static final String PERIOD_INVALID = "PERIOD_INVALID";

  private final ProcessHeatmap heatmap;
  private final Departments departments;
  private final Catalog catalog;
  private final MessageSource messages;

  ProcessHeatmapPageController(
      ProcessHeatmap heatmap, Departments departments, Catalog catalog, MessageSource messages) {
    this.heatmap = heatmap;
    this.departments = departments;
    this.catalog = catalog;
    this.messages = messages;
  }

  @GetMapping("/board/process")
  String process(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String task,
      @RequestParam(required = false) Integer page,
      HttpServletResponse response,
      Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    ProcessHeatmapResponse heat;
    try {
      heat = heatmap.heatmap(department, item, from, to);
    } catch (ProblemException e) {
      if (!PERIOD_INVALID.equals(e.code())) {
        throw e;
      }
      // said beside the period's fields, which keep what was typed; the figures end on its last day
      response.setStatus(422);
      model.addAttribute(
          "periodError", messages.getMessage("problem." + e.code(), e.arguments(), locale));
      model.addAttribute("typedFrom", from);
      heat = heatmap.heatmap(department, item, null, to);
    }
    ProcessDiagram diagram = heatmap.diagram();
    HeatmapDrawing drawing =
        HeatmapDrawing.of(
            diagram,
            heat,
            key -> name("heatmap.task." + key, diagram, key, locale),
            id -> name("heatmap.element." + id, diagram, id, locale));
    UriComponentsBuilder filters =
        UriComponentsBuilder.fromPath("/board/process")
            .queryParamIfPresent("department", Optional.ofNullable(heat.department()))
            .queryParamIfPresent("item", Optional.ofNullable(heat.item()))
            .queryParam("from", heat.from())
            .queryParam("to", heat.to());
    model.addAttribute("heat", heat);
    model.addAttribute("drawing", drawing);
    model.addAttribute("filterQuery", filters.build().encode().getQuery());
    model.addAttribute("departments", departments.findAll());
    model.addAttribute(
        "items",
        catalog
            .findItems(
                new ItemFilter(null, heat.department(), null, null),
                PageRequest.of(0, PageResponse.MAX_SIZE))
            .content());
    if (task != null && !task.isBlank()) {
      PageResponse<WaitingApplication> waiting =
          heatmap.waiting(task, heat.department(), heat.item(), PageRequest.of(page, PAGE_SIZE));
      model.addAttribute("task", task);
      model.addAttribute(
          "taskName",
          drawing.tasks().stream().filter(t -> t.key().equals(task)).findFirst().get().name());
      model.addAttribute("waiting", waiting);
      model.addAttribute(
          "pages", Math.max(1, (waiting.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    }
    return "supervision/process";
  }

  /** An element's name from the bundle where it has one, else the model's own. */
  private String name(String code, ProcessDiagram diagram, String id, Locale locale) {
    String modelName =
        diagram.shapes().stream()
            .filter(shape -> shape.id().equals(id))
            .map(Shape::name)
            .findFirst()
            .orElseGet(
                () ->
                    diagram.edges().stream()
                        .filter(edge -> edge.id().equals(id))
                        .map(ProcessDiagram.Edge::name)
                        .findFirst()
                        .orElse(id));
    return messages.getMessage(code, null, modelName == null ? id : modelName, locale);
  }
}
