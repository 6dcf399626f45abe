package org.yingzai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.Catalog;
import org.yingzai.identity.Departments;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;
import org.yingzai.supervision.HeatmapMapper.HeatFilter;
import org.yingzai.supervision.HeatmapMapper.TakenCount;
import org.yingzai.supervision.HeatmapMapper.WaitingCount;
import org.yingzai.supervision.HeatmapRules.ClassCount;
import org.yingzai.supervision.ProcessDiagram.Edge;
import org.yingzai.supervision.ProcessDiagram.Shape;
import org.yingzai.supervision.ProcessHeatmapResponse.FlowHeat;
import org.yingzai.supervision.ProcessHeatmapResponse.TaskHeat;

/**
 * What the approval path is waiting on (什么环节在拖): the work open at each task now from the work
 * queue's index, and the time finished tasks took and the flows they took from the histogram that
 * {@link TaskDurations} keeps.
 */
@Service
class ProcessHeatmap {

  /** The period when none is asked for: the last 90 days, today included. */
  static final int DEFAULT_DAYS = 90;

  private final HeatmapMapper heatmap;
  private final ProcessDiagrams diagrams;
  private final Catalog catalog;
  private final Departments departments;
  private final Clock clock;

  ProcessHeatmap(
      HeatmapMapper heatmap,
      ProcessDiagrams diagrams,
      Catalog catalog,
      Departments departments,
      Clock clock) {
    this.heatmap = heatmap;
    this.diagrams = diagrams;
    this.catalog = catalog;
    this.departments = departments;
    this.clock = clock;
  }

  ProcessDiagram diagram() {
    return diagrams.standardApproval();
  }

  @Transactional(readOnly = true)
  ProcessHeatmapResponse heatmap(String department, String item, LocalDate from, LocalDate to) {
    HeatFilter filter = filter(department, item);
    LocalDate last = to != null ? to : LocalDate.now(clock.withZone(Times.ZONE));
    LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
    if (first.isAfter(last)) {
      throw ProblemException.badRequest("PERIOD_INVALID", first, last);
    }
    ProcessDiagram diagram = diagrams.standardApproval();
    List<String> taskKeys = diagram.userTasks().stream().map(Shape::id).toList();

    Map<String, Long> waiting = new HashMap<>();
    for (WaitingCount count : heatmap.countWaiting(taskKeys, filter)) {
      waiting.put(count.taskKey(), count.tasks());
    }
    // rows come ordered by task and class of time taken
    Map<String, List<ClassCount>> classes = new HashMap<>();
    Map<String, Long> byOutcome = new HashMap<>();
    for (TakenCount count : heatmap.countTaken(HeatmapRules.spans(first, last), filter)) {
      List<ClassCount> ofTask = classes.computeIfAbsent(count.taskKey(), key -> new ArrayList<>());
      ClassCount previous = ofTask.isEmpty() ? null : ofTask.get(ofTask.size() - 1);
      if (previous != null && previous.hoursClass() == count.hoursClass()) {
        ofTask.set(
            ofTask.size() - 1,
            new ClassCount(count.hoursClass(), previous.tasks() + count.tasks()));
      } else {
        ofTask.add(new ClassCount(count.hoursClass(), count.tasks()));
      }
      byOutcome.merge(count.taskKey() + "|" + count.outcome(), count.tasks(), Long::sum);
    }

    List<TaskHeat> tasks = new ArrayList<>();
    for (Shape task : diagram.userTasks()) {
      List<ClassCount> taken = classes.getOrDefault(task.id(), List.of());
      tasks.add(
          new TaskHeat(
              task.id(),
              task.name(),
              waiting.getOrDefault(task.id(), 0L),
              taken.stream().mapToLong(ClassCount::tasks).sum(),
              HeatmapRules.percentileHours(taken, 0.5),
              HeatmapRules.percentileHours(taken, 0.9)));
    }
    List<FlowHeat> flows = new ArrayList<>();
    for (Edge edge : diagram.edges()) {
      flows.add(
          new FlowHeat(
              edge.id(), edge.name(), edge.source(), edge.target(), taken(edge, byOutcome)));
    }
    return new ProcessHeatmapResponse(
        diagram.processKey(),
        diagram.version(),
        first,
        last,
        filter.departmentCode(),
        filter.itemCode(),
        tasks,
        flows);
  }

  /** The applications waiting at a user task of the approval path, longest waiting first. */
  @Transactional(readOnly = true)
  PageResponse<WaitingApplication> waiting(
      String taskKey, String department, String item, PageRequest page) {
    HeatFilter filter = filter(department, item);
    if (diagrams.standardApproval().userTask(taskKey).isEmpty()) {
      throw ProblemException.notFound("PROCESS_TASK_NOT_FOUND", taskKey);
    }
    List<WaitingApplication> rows =
        heatmap.findWaiting(taskKey, filter, page.offset(), page.size()).stream()
            .map(
                row ->
                    new WaitingApplication(
                        row.applicationId(),
                        row.applicationNumber(),
                        row.itemCode(),
                        row.itemName(),
                        row.departmentCode(),
                        row.departmentName(),
                        Times.local(row.waitingSince()),
                        row.stepLevel(),
                        row.applicationLevel()))
            .toList();
    return PageResponse.read(
        rows,
        page,
        () ->
            heatmap.countWaiting(List.of(taskKey), filter).stream()
                .mapToLong(WaitingCount::tasks)
                .sum());
  }

  private static Long taken(Edge edge, Map<String, Long> byOutcome) {
    if (edge.countedTask() == null) {
      return null;
    }
    String prefix = edge.countedTask() + "|";
    return edge.countedOutcome() != null
        ? byOutcome.getOrDefault(prefix + edge.countedOutcome(), 0L)
        : byOutcome.entrySet().stream()
            .filter(entry -> entry.getKey().startsWith(prefix))
            .mapToLong(Map.Entry::getValue)
            .sum();
  }

  /** Blank filters mean all; a department or item that does not exist is refused. */
  private HeatFilter filter(String department, String item) {
    String departmentCode = department == null || department.isBlank() ? null : department.strip();
    String itemCode = item == null || item.isBlank() ? null : item.strip();
    if (departmentCode != null && departments.find(departmentCode).isEmpty()) {
      throw ProblemException.badRequest("DEPARTMENT_UNKNOWN", departmentCode);
    }
    if (itemCode != null && catalog.findItem(itemCode).isEmpty()) {
      throw ProblemException.badRequest("ITEM_UNKNOWN", itemCode);
    }
    return new HeatFilter(departmentCode, itemCode);
  }
}
