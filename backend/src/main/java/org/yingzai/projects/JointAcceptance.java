package org.yingzai.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.IssuedResult;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointState;
import org.yingzai.applications.MaterialPromises;
import org.yingzai.catalog.Catalog;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectMapper.StageRow;
import org.yingzai.results.JointResults;
import org.yingzai.results.JointResults.JointPart;

/**
 * 联合验收: a joint stage (竣工验收) ends with one joint result, each department's conclusion in one
 * document, issued once every department concluded and no promised material is still to come.
 */
@Component
class JointAcceptance {

  private final ProjectMapper mapper;
  private final StageCatalogue catalogue;
  private final JointSubmissions applications;
  private final MaterialPromises promises;
  private final Catalog items;
  private final Departments departments;
  private final JointResults results;

  JointAcceptance(
      ProjectMapper mapper,
      StageCatalogue catalogue,
      JointSubmissions applications,
      MaterialPromises promises,
      Catalog items,
      Departments departments,
      JointResults results) {
    this.mapper = mapper;
    this.catalogue = catalogue;
    this.applications = applications;
    this.promises = promises;
    this.items = items;
    this.departments = departments;
    this.results = results;
  }

  /** Issues the finished joint stage's joint result when its conclusions are all in; once. */
  void settle(ProjectRow project, StageRow stage) {
    if (stage.status() != StageStatus.FINISHED || !catalogue.require(stage.stage()).joint()) {
      return;
    }
    List<String> ids = mapper.findStageMembers(project.id(), stage.stage());
    // an approval waiting for a promised material has not concluded yet; a broken one has
    if (ids.stream().anyMatch(id -> promises.withholdsResult(id) && !promises.hasBroken(id))) {
      return;
    }
    Map<String, JointState> states = applications.states(ids);
    List<JointPart> parts = new ArrayList<>();
    for (String id : ids) {
      JointState state = states.get(id);
      String documentNumber =
          applications.results(id).stream()
              .max(Comparator.comparing(IssuedResult::issuedAt))
              .map(IssuedResult::documentNumber)
              .orElse(null);
      parts.add(
          new JointPart(
              departments
                  .find(state.departmentCode())
                  .map(Department::name)
                  .orElse(state.departmentCode()),
              items.findItemName(state.itemCode()).orElse(state.itemCode()),
              state.status() == ApplicationStatus.APPROVED && !promises.hasBroken(id),
              documentNumber));
    }
    results.issue(
        new StageKey(project.id(), stage.stage()).groupKey(),
        project.enterpriseId(),
        project.name(),
        parts);
  }
}
