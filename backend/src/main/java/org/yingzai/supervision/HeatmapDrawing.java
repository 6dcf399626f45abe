package org.yingzai.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.yingzai.supervision.ProcessDiagram.Box;
import org.yingzai.supervision.ProcessDiagram.Edge;
import org.yingzai.supervision.ProcessDiagram.Kind;
import org.yingzai.supervision.ProcessDiagram.Point;
import org.yingzai.supervision.ProcessDiagram.Shape;
import org.yingzai.supervision.ProcessHeatmapResponse.FlowHeat;
import org.yingzai.supervision.ProcessHeatmapResponse.TaskHeat;

/**
 * The heatmap as the page draws it in SVG: every coordinate from the model's diagram, every task's
 * heat class from the work waiting there, every flow's width and class from how often it was taken.
 * Looks come from classes of the style sheet and SVG presentation attributes, never from style
 * attributes, which the Content-Security-Policy refuses.
 */
record HeatmapDrawing(
    String viewBox,
    double width,
    double height,
    List<TaskView> tasks,
    List<NodeView> nodes,
    List<FlowView> flows,
    long maxWaiting,
    long maxTaken) {

  /** Heat classes of tasks beside "nothing waits" (0). */
  static final int LEVELS = 4;

  private static final double MIN_WIDTH = 1.5;
  private static final double MAX_WIDTH = 10;

  record TaskView(
      String key,
      String name,
      double x,
      double y,
      double width,
      double height,
      double centerX,
      int level,
      long waiting,
      long finished,
      String median,
      String p90) {}

  /** A shape that is not a user task: an event, a gateway, a service task, a subprocess. */
  record NodeView(
      String id,
      String kind,
      String name,
      double x,
      double y,
      double width,
      double height,
      double centerX,
      double centerY,
      double radius,
      String diamond,
      double labelX,
      double labelY) {}

  record FlowView(
      String id,
      String name,
      String sourceName,
      String targetName,
      String path,
      double strokeWidth,
      int level,
      Long taken,
      double anchorX,
      double anchorY,
      double pillWidth,
      boolean hasLabel,
      double labelX,
      double labelY) {}

  /**
   * @param taskName the name a task is shown with (the model's name in the reader's language)
   * @param nodeName the same for every other element
   */
  static HeatmapDrawing of(
      ProcessDiagram diagram,
      ProcessHeatmapResponse heat,
      UnaryOperator<String> taskName,
      UnaryOperator<String> nodeName) {
    Map<String, TaskHeat> byTask = new HashMap<>();
    heat.tasks().forEach(task -> byTask.put(task.key(), task));
    Map<String, FlowHeat> byFlow = new HashMap<>();
    heat.flows().forEach(flow -> byFlow.put(flow.id(), flow));
    long maxWaiting = heat.tasks().stream().mapToLong(TaskHeat::waiting).max().orElse(0);
    long maxTaken =
        heat.flows().stream()
            .map(FlowHeat::taken)
            .filter(taken -> taken != null)
            .mapToLong(Long::longValue)
            .max()
            .orElse(0);

    Map<String, String> names = new HashMap<>();
    List<TaskView> tasks = new ArrayList<>();
    List<NodeView> nodes = new ArrayList<>();
    for (Shape shape : diagram.shapes()) {
      Box box = shape.box();
      if (shape.kind() == Kind.USER_TASK) {
        TaskHeat task = byTask.get(shape.id());
        String name = taskName.apply(shape.id());
        names.put(shape.id(), name);
        tasks.add(
            new TaskView(
                shape.id(),
                name,
                box.x(),
                box.y(),
                box.width(),
                box.height(),
                box.centerX(),
                level(task.waiting(), maxWaiting),
                task.waiting(),
                task.finished(),
                hours(task.medianHours()),
                hours(task.p90Hours())));
        continue;
      }
      String name = shape.name() == null ? null : nodeName.apply(shape.id());
      names.put(shape.id(), name == null ? shape.id() : name);
      Box label = shape.label();
      double labelX;
      double labelY;
      if (shape.kind() == Kind.EVENT_SUBPROCESS) {
        labelX = box.x() + 8;
        labelY = box.y() + 18;
      } else if (label != null) {
        labelX = label.centerX();
        labelY = label.y() + 11;
      } else {
        labelX = box.centerX();
        labelY = box.centerY() + 4;
      }
      nodes.add(
          new NodeView(
              shape.id(),
              shape.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              name,
              box.x(),
              box.y(),
              box.width(),
              box.height(),
              box.centerX(),
              box.centerY(),
              Math.min(box.width(), box.height()) / 2,
              diamond(box),
              labelX,
              labelY));
    }

    List<FlowView> flows = new ArrayList<>();
    for (Edge edge : diagram.edges()) {
      Long taken = byFlow.get(edge.id()).taken();
      String count = taken == null ? "" : Long.toString(taken);
      Point anchor = pillAt(edge, 10 + 7 * count.length());
      flows.add(
          new FlowView(
              edge.id(),
              edge.name() == null ? null : nodeName.apply(edge.id()),
              names.getOrDefault(edge.source(), edge.source()),
              names.getOrDefault(edge.target(), edge.target()),
              path(edge.points()),
              width(taken, maxTaken),
              taken == null ? -1 : level(taken, maxTaken),
              taken,
              anchor.x(),
              anchor.y(),
              10 + 7 * count.length(),
              edge.label() != null && edge.name() != null,
              edge.label() == null ? 0 : edge.label().centerX(),
              edge.label() == null ? 0 : edge.label().y() + 10));
    }
    Box bounds = diagram.bounds();
    return new HeatmapDrawing(
        String.format(
            Locale.ROOT,
            "%.0f %.0f %.0f %.0f",
            bounds.x(),
            bounds.y(),
            bounds.width(),
            bounds.height()),
        bounds.width(),
        bounds.height(),
        tasks,
        nodes,
        flows,
        maxWaiting,
        maxTaken);
  }

  /** 0 when none, else 1 to {@link #LEVELS} by the share of the largest value. */
  static int level(long value, long max) {
    if (value <= 0 || max <= 0) {
      return 0;
    }
    return (int) Math.min(LEVELS, Math.ceil(LEVELS * (double) value / max));
  }

  static double width(Long taken, long max) {
    if (taken == null || taken == 0 || max == 0) {
      return MIN_WIDTH;
    }
    return Math.round((MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * taken / max) * 10) / 10.0;
  }

  /** Hours as the labels show them: one decimal below ten, whole hours above; "–" for none. */
  static String hours(Double hours) {
    if (hours == null) {
      return "–";
    }
    return hours < 10
        ? String.format(Locale.ROOT, "%.1f", hours)
        : String.format(Locale.ROOT, "%.0f", hours);
  }

  /** Where a flow's count is drawn: on its longest segment, clear of the flow's own name. */
  static Point pillAt(Edge edge, double pillWidth) {
    Box label = edge.label();
    for (double share : new double[] {0.5, 0.3, 0.7, 0.2, 0.8}) {
      Point at = edge.alongLongest(share);
      if (label == null
          || edge.name() == null
          || at.x() + pillWidth / 2 + 4 < label.x()
          || at.x() - pillWidth / 2 - 4 > label.x() + label.width()
          || at.y() + 7 + 2 < label.y()
          || at.y() - 7 - 2 > label.y() + label.height()) {
        return at;
      }
    }
    return edge.alongLongest(0.5);
  }

  private static String path(List<Point> points) {
    StringBuilder path = new StringBuilder();
    for (Point point : points) {
      path.append(path.isEmpty() ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.0f %.0f", point.x(), point.y()));
    }
    return path.toString();
  }

  private static String diamond(Box box) {
    return String.format(
        Locale.ROOT,
        "%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f",
        box.centerX(),
        box.y(),
        box.x() + box.width(),
        box.centerY(),
        box.centerX(),
        box.y() + box.height(),
        box.x(),
        box.centerY());
  }
}
