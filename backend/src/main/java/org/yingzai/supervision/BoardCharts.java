package org.yingzai.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yingzai.clock.WarningLevel;
import org.yingzai.supervision.OverviewResponse.DepartmentLoad;
import org.yingzai.supervision.OverviewResponse.ItemTiming;

/**
 * The options of the board's Apache ECharts charts, built from the same figures as the tables
 * beside them and handed to the page as JSON ({@code static/js/board.js} draws them).
 */
@Component
class BoardCharts {

  /** The hall's colours of the three levels, as its stylesheet paints their tags. */
  private static final Map<WarningLevel, String> LEVEL_COLOURS =
      Map.of(
          WarningLevel.GREEN, "#00703c",
          WarningLevel.YELLOW, "#c89b00",
          WarningLevel.RED, "#d4351c");

  private final ObjectMapper json;
  private final MessageSource messages;

  BoardCharts(ObjectMapper json, MessageSource messages) {
    this.json = json;
    this.messages = messages;
  }

  /** Open applications per department, stacked by level. */
  String openByDepartment(OverviewResponse board, Locale locale) {
    List<String> departments = board.byDepartment().stream().map(DepartmentLoad::name).toList();
    List<Map<String, Object>> series = new ArrayList<>();
    for (WarningLevel level : WarningLevel.values()) {
      series.add(
          Map.of(
              "name", messages.getMessage("level." + level, null, locale),
              "type", "bar",
              "stack", "open",
              "itemStyle", Map.of("color", LEVEL_COLOURS.get(level)),
              "data",
                  board.byDepartment().stream()
                      .map(d -> d.byWarningLevel().getOrDefault(level, 0L))
                      .toList()));
    }
    Map<String, Object> option = base();
    option.put("legend", Map.of("top", 0));
    option.put("yAxis", Map.of("type", "category", "data", departments, "inverse", true));
    option.put("xAxis", Map.of("type", "value", "minInterval", 1));
    option.put("series", series);
    return write(option);
  }

  /** Per item: the legal and the promised limit against the median and the 90th percentile used. */
  String itemTiming(OverviewResponse board, Locale locale) {
    List<ItemTiming> items = board.items();
    Map<String, Object> option = base();
    option.put("legend", Map.of("top", 0));
    option.put(
        "yAxis",
        Map.of(
            "type",
            "category",
            "inverse",
            true,
            "data",
            items.stream().map(ItemTiming::name).toList()));
    option.put("xAxis", Map.of("type", "value", "minInterval", 1));
    option.put(
        "series",
        List.of(
            bar(
                messages.getMessage("board.items.legal", null, locale),
                "#505a5f",
                items.stream().map(ItemTiming::legalLimit).toList()),
            bar(
                messages.getMessage("board.items.promised", null, locale),
                "#1d70b8",
                items.stream().map(ItemTiming::promisedLimit).toList()),
            bar(
                messages.getMessage("board.items.median", null, locale),
                "#00703c",
                items.stream().map(ItemTiming::medianWorkingDays).toList()),
            bar(
                messages.getMessage("board.items.p90", null, locale),
                "#f47738",
                items.stream().map(ItemTiming::p90WorkingDays).toList())));
    return write(option);
  }

  private static Map<String, Object> bar(String name, String colour, List<?> data) {
    return Map.of("name", name, "type", "bar", "itemStyle", Map.of("color", colour), "data", data);
  }

  private static Map<String, Object> base() {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("animation", false);
    option.put("tooltip", Map.of("trigger", "axis"));
    option.put(
        "grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
    return option;
  }

  private String write(Map<String, Object> option) {
    try {
      return json.writeValueAsString(option);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Chart options not written", e);
    }
  }
}
