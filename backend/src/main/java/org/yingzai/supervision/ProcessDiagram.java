package org.yingzai.supervision;

import java.util.List;
import java.util.Optional;

/**
 * A process as its BPMN model draws it (BPMNDI shapes and edges with their coordinates), with what
 * tells how often each sequence flow was taken: the user task it follows and, after an exclusive
 * gateway, the outcome its condition names.
 */
record ProcessDiagram(
    String definitionId,
    String processKey,
    int version,
    Box bounds,
    List<Shape> shapes,
    List<Edge> edges) {

  record Box(double x, double y, double width, double height) {

    double centerX() {
      return x + width / 2;
    }

    double centerY() {
      return y + height / 2;
    }
  }

  record Point(double x, double y) {}

  enum Kind {
    USER_TASK,
    SERVICE_TASK,
    EXCLUSIVE_GATEWAY,
    START_EVENT,
    END_EVENT,
    BOUNDARY_EVENT,
    EVENT_SUBPROCESS,
    OTHER
  }

  /** An element drawn as a shape; {@code label} is null where the model places no label. */
  record Shape(String id, Kind kind, String name, Box box, Box label) {}

  /**
   * A sequence flow drawn through its waypoints. {@code countedTask} is the user task whose
   * completions take it (null: not told by task outcomes, such as a timer's path), {@code
   * countedOutcome} the outcome it needs (null: every outcome).
   */
  record Edge(
      String id,
      String name,
      String source,
      String target,
      List<Point> points,
      Box label,
      String countedTask,
      String countedOutcome) {

    /** The point at {@code share} of the way along the edge's longest segment. */
    Point alongLongest(double share) {
      Point from = points.get(0);
      Point to = points.get(points.size() > 1 ? 1 : 0);
      double longest = -1;
      for (int i = 1; i < points.size(); i++) {
        Point a = points.get(i - 1);
        Point b = points.get(i);
        double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
        if (length > longest) {
          longest = length;
          from = a;
          to = b;
        }
      }
      return new Point(
          from.x() + (to.x() - from.x()) * share, from.y() + (to.y() - from.y()) * share);
    }
  }

  List<Shape> userTasks() {
    return shapes.stream().filter(shape -> shape.kind() == Kind.USER_TASK).toList();
  }

  Optional<Shape> userTask(String key) {
    return userTasks().stream().filter(shape -> shape.id().equals(key)).findFirst();
  }
}
