package org.yingzai.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;
import org.yingzai.processes.StandardApproval;
import org.yingzai.supervision.ProcessDiagram.Box;
import org.yingzai.supervision.ProcessDiagram.Edge;
import org.yingzai.supervision.ProcessDiagram.Kind;
import org.yingzai.supervision.ProcessDiagram.Point;
import org.yingzai.supervision.ProcessDiagram.Shape;

/**
 * The diagram of the latest deployed {@code standard-approval}, read once per process definition
 * from the model's BPMNDI with Camunda's model API.
 */
@Component
class ProcessDiagrams {

  /** An exclusive gateway's condition on the outcome of the task before it. */
  private static final Pattern OUTCOME_CONDITION =
      Pattern.compile(StandardApproval.VAR_OUTCOME + "\\s*==\\s*'([A-Z_]+)'");

  private static final double MARGIN = 12;

  private final RepositoryService repository;
  private final Map<String, ProcessDiagram> byDefinition = new ConcurrentHashMap<>();

  ProcessDiagrams(RepositoryService repository) {
    this.repository = repository;
  }

  ProcessDiagram standardApproval() {
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(StandardApproval.PROCESS_KEY)
            .latestVersion()
            .singleResult();
    if (definition == null) {
      throw new IllegalStateException(StandardApproval.PROCESS_KEY + " is not deployed");
    }
    return byDefinition.computeIfAbsent(
        definition.getId(),
        id ->
            read(
                id,
                definition.getKey(),
                definition.getVersion(),
                repository.getBpmnModelInstance(id)));
  }

  static ProcessDiagram read(
      String definitionId, String key, int version, BpmnModelInstance model) {
    List<Shape> shapes = new ArrayList<>();
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (!(element instanceof FlowElement flowElement)) {
        continue;
      }
      Box box = box(shape.getBounds());
      Box label = label(shape.getBpmnLabel());
      shapes.add(new Shape(element.getId(), kind(flowElement), flowElement.getName(), box, label));
      for (Box drawn : label == null ? List.of(box) : List.of(box, label)) {
        minX = Math.min(minX, drawn.x());
        minY = Math.min(minY, drawn.y());
        maxX = Math.max(maxX, drawn.x() + drawn.width());
        maxY = Math.max(maxY, drawn.y() + drawn.height());
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
        continue;
      }
      List<Point> points = new ArrayList<>();
      for (Waypoint waypoint : edge.getWaypoints()) {
        points.add(new Point(waypoint.getX(), waypoint.getY()));
        minX = Math.min(minX, waypoint.getX());
        minY = Math.min(minY, waypoint.getY());
        maxX = Math.max(maxX, waypoint.getX());
        maxY = Math.max(maxY, waypoint.getY());
      }
      Box label = label(edge.getBpmnLabel());
      if (label != null) {
        minX = Math.min(minX, label.x());
        minY = Math.min(minY, label.y());
        maxX = Math.max(maxX, label.x() + label.width());
        maxY = Math.max(maxY, label.y() + label.height());
      }
      String[] counted = countedBy(flow);
      edges.add(
          new Edge(
              flow.getId(),
              flow.getName(),
              flow.getSource().getId(),
              flow.getTarget().getId(),
              List.copyOf(points),
              label,
              counted[0],
              counted[1]));
    }
    Box bounds =
        new Box(minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN);
    return new ProcessDiagram(
        definitionId, key, version, bounds, List.copyOf(shapes), List.copyOf(edges));
  }

  /** The user task whose completions take the flow, and the outcome they need (or null). */
  private static String[] countedBy(SequenceFlow flow) {
    FlowNode source = flow.getSource();
    if (source instanceof UserTask) {
      return new String[] {source.getId(), null};
    }
    Collection<SequenceFlow> incoming = source.getIncoming();
    ConditionExpression condition = flow.getConditionExpression();
    if (source instanceof ExclusiveGateway
        && incoming.size() == 1
        && incoming.iterator().next().getSource() instanceof UserTask task
        && condition != null) {
      Matcher outcome = OUTCOME_CONDITION.matcher(condition.getTextContent());
      if (outcome.find()) {
        return new String[] {task.getId(), outcome.group(1)};
      }
    }
    return new String[] {null, null};
  }

  private static Kind kind(FlowElement element) {
    if (element instanceof UserTask) {
      return Kind.USER_TASK;
    }
    if (element instanceof ServiceTask) {
      return Kind.SERVICE_TASK;
    }
    if (element instanceof ExclusiveGateway) {
      return Kind.EXCLUSIVE_GATEWAY;
    }
    if (element instanceof BoundaryEvent) {
      return Kind.BOUNDARY_EVENT;
    }
    if (element instanceof StartEvent) {
      return Kind.START_EVENT;
    }
    if (element instanceof EndEvent) {
      return Kind.END_EVENT;
    }
    if (element instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
      return Kind.EVENT_SUBPROCESS;
    }
    return Kind.OTHER;
  }

  private static Box label(BpmnLabel label) {
    return label == null || label.getBounds() == null ? null : box(label.getBounds());
  }

  private static Box box(Bounds bounds) {
    return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
  }
}
