package org.yingzai.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointState;
import org.yingzai.applications.Step;
import org.yingzai.catalog.Catalog;
import org.yingzai.clock.GroupClocks.GroupClock;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Departments;
import org.yingzai.identity.Role;
import org.yingzai.projects.ProjectMapper.MemberRow;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectMapper.StageRow;
import org.yingzai.projects.ProjectResponse.StageApplication;
import org.yingzai.projects.ProjectResponse.StageResponse;
import org.yingzai.projects.StageCatalogueMapper.EntryRow;
import org.yingzai.results.JointResults;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * Projects as their readers see them: every stage side by side with each item's status, department,
 * step and deadline, and the project's time used against the legal and promised limits. A page of
 * projects reads its stages and applications in three statements.
 */
@Service
class ProjectViews {

  private final ProjectMapper mapper;
  private final ProjectAccess access;
  private final StageCatalogue catalogue;
  private final StageClocks clocks;
  private final JointSubmissions applications;
  private final Catalog items;
  private final Departments departments;
  private final Clock clock;
  private final JointResults jointResults;

  ProjectViews(
      ProjectMapper mapper,
      ProjectAccess access,
      StageCatalogue catalogue,
      StageClocks clocks,
      JointSubmissions applications,
      Catalog items,
      Departments departments,
      Clock clock,
      JointResults jointResults) {
    this.jointResults = jointResults;
    this.clock = clock;
    this.mapper = mapper;
    this.access = access;
    this.catalogue = catalogue;
    this.clocks = clocks;
    this.applications = applications;
    this.items = items;
    this.departments = departments;
  }

  @Transactional(readOnly = true)
  ProjectResponse get(String projectId) {
    ProjectRow project = access.visible(projectId);
    List<MemberRow> members = mapper.findMembers(project.id());
    return view(project, mapper.findStages(project.id()), members, lookups(members), true);
  }

  @Transactional(readOnly = true)
  StageResponse stage(String projectId, Stage stage) {
    return get(projectId).stages().stream()
        .filter(s -> s.stage() == stage)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The caller's projects: an enterprise's own; a clerk's department's (a clerk who handles
   * applications) and those it helps under an authorization in force; everyone's for supervisors
   * and administrators.
   */
  @Transactional(readOnly = true)
  PageResponse<ProjectResponse> list(PageRequest page) {
    return list(false, page);
  }

  /** As {@link #list(PageRequest)}, narrowed to key projects (绿色通道) when {@code keyOnly}. */
  @Transactional(readOnly = true)
  PageResponse<ProjectResponse> list(boolean keyOnly, PageRequest page) {
    AuthenticatedUser user = CurrentUser.get();
    Long enterpriseId = user.is(Role.ENTERPRISE) ? user.enterpriseId() : null;
    String department =
        user.is(Role.CLERK) && ProjectAccess.handlesApplications(user)
            ? user.departmentCode()
            : null;
    String helper =
        user.is(Role.CLERK) && user.duties().contains(ProjectAccess.HELP_DUTY)
            ? user.username()
            : null;
    if (user.is(Role.ENTERPRISE) && enterpriseId == null
        || user.is(Role.CLERK) && department == null && helper == null) {
      return new PageResponse<>(List.of(), page.page(), page.size(), 0);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    List<ProjectRow> rows =
        mapper.findPage(
            enterpriseId, department, helper, today, keyOnly, page.offset(), page.size());
    LongSupplier total = () -> mapper.count(enterpriseId, department, helper, today, keyOnly);
    if (rows.isEmpty()) {
      return PageResponse.read(List.of(), page, total);
    }
    List<String> ids = rows.stream().map(ProjectRow::id).toList();
    Map<String, List<StageRow>> stages =
        mapper.findStagesOf(ids).stream().collect(Collectors.groupingBy(StageRow::projectId));
    Map<String, List<MemberRow>> members =
        mapper.findMembersOf(ids).stream().collect(Collectors.groupingBy(MemberRow::projectId));
    // the names, limits and applications' states of the whole page in one read each
    Lookups lookups = lookups(members.values().stream().flatMap(List::stream).toList());
    List<ProjectResponse> content = new ArrayList<>();
    for (ProjectRow row : rows) {
      content.add(
          view(
              row,
              stages.getOrDefault(row.id(), List.of()),
              members.getOrDefault(row.id(), List.of()),
              lookups,
              false));
    }
    return PageResponse.read(content, page, total);
  }

  /**
   * The PDF of a joint stage's joint result, for whoever sees the project.
   *
   * @throws ProblemException 404 {@code JOINT_RESULT_NOT_FOUND} until it is issued
   */
  @Transactional(readOnly = true)
  JointDocument jointResult(String projectId, Stage stage) {
    ProjectRow project = access.visible(projectId);
    JointResults.JointResult result =
        jointResults
            .find(new StageKey(project.id(), stage).groupKey())
            .orElseThrow(() -> ProblemException.notFound("JOINT_RESULT_NOT_FOUND", stage));
    return new JointDocument(result, jointResults.content(result));
  }

  /** A joint result and its bytes, opened when they are sent. */
  record JointDocument(JointResults.JointResult result, InputStreamSource content) {}

  /** What the views of some projects read once for all of them: a page reads it in one go. */
  private record Lookups(
      Map<Stage, EntryRow> entries,
      Map<String, JointState> states,
      Map<String, String> itemNames,
      Map<String, String> departmentNames) {}

  private Lookups lookups(List<MemberRow> members) {
    Map<Stage, EntryRow> entries = new LinkedHashMap<>();
    catalogue.entries().forEach(entry -> entries.put(entry.stage(), entry));
    Map<String, String> itemNames = new HashMap<>();
    items
        .itemsByCode(members.stream().map(MemberRow::itemCode).collect(Collectors.toSet()))
        .forEach((code, item) -> itemNames.put(code, item.name()));
    Map<String, String> departmentNames = new HashMap<>();
    departments.findAll().forEach(d -> departmentNames.put(d.code(), d.name()));
    return new Lookups(
        entries,
        applications.states(members.stream().map(MemberRow::applicationId).toList()),
        itemNames,
        departmentNames);
  }

  private ProjectResponse view(
      ProjectRow project,
      List<StageRow> stageRows,
      List<MemberRow> members,
      Lookups lookups,
      boolean live) {
    Map<Stage, EntryRow> entries = lookups.entries();
    Map<String, JointState> states = lookups.states();
    Map<String, String> itemNames = lookups.itemNames();
    Map<String, String> departmentNames = lookups.departmentNames();
    boolean owner = CurrentUser.get().is(Role.ENTERPRISE);
    // a department's clerk sees its own department's work only
    String onlyDepartment =
        access.seesEverything(project) ? null : CurrentUser.get().departmentCode();

    List<StageResponse> stages = new ArrayList<>();
    int used = 0;
    int legal = 0;
    int promised = 0;
    List<StageRow> ordered =
        stageRows.stream().sorted(Comparator.comparing(StageRow::stage)).toList();
    for (StageRow row : ordered) {
      EntryRow entry = entries.get(row.stage());
      int legalLimit =
          row.legalLimit() != null ? row.legalLimit() : entry == null ? 0 : entry.legalLimit();
      int promisedLimit =
          row.promisedLimit() != null
              ? row.promisedLimit()
              : entry == null ? 0 : entry.promisedLimit();
      legal += legalLimit;
      promised += promisedLimit;
      int stageUsed = 0;
      if (live) {
        Optional<GroupClock> clock = clocks.derive(row);
        stageUsed = clock.map(c -> c.state().workingDaysUsed()).orElse(0);
      }
      used += stageUsed;
      List<StageApplication> stageApplications = new ArrayList<>();
      for (MemberRow member : members) {
        if (member.stage() != row.stage()) {
          continue;
        }
        JointState state = states.get(member.applicationId());
        if (state == null
            || onlyDepartment != null && !onlyDepartment.equals(state.departmentCode())) {
          continue;
        }
        stageApplications.add(
            new StageApplication(
                state.id(),
                state.number(),
                state.itemCode(),
                itemNames.get(state.itemCode()),
                state.departmentCode(),
                departmentNames.get(state.departmentCode()),
                state.status(),
                step(state.status()),
                Times.local(state.deadline()),
                state.warningLevel(),
                state.clockPaused(),
                owner ? state.queryCode() : null));
      }
      stageApplications.sort(Comparator.comparing(StageApplication::itemCode));
      stages.add(
          new StageResponse(
              row.stage(),
              entry == null ? row.stage().name() : entry.name(),
              row.status(),
              row.outcome(),
              entry != null && entry.joint(),
              legalLimit,
              promisedLimit,
              Times.local(row.submittedAt()),
              row.startedOn(),
              Times.local(row.deadline()),
              Times.local(row.legalDeadline()),
              row.warningLevel(),
              row.clockPaused(),
              stageUsed,
              Times.local(row.finishedAt()),
              List.copyOf(stageApplications),
              live && entry != null && entry.joint() && row.status() == StageStatus.FINISHED
                  ? jointResults
                      .find(new StageKey(project.id(), row.stage()).groupKey())
                      .map(
                          r ->
                              new ProjectResponse.JointResultRef(
                                  r.code(), r.documentNumber(), r.passed()))
                      .orElse(null)
                  : null));
    }
    return new ProjectResponse(
        project.id(),
        project.code(),
        project.name(),
        project.enterpriseId(),
        project.enterpriseName(),
        project.location(),
        project.investment(),
        project.projectType(),
        project.keyProject(),
        project.keyReason(),
        project.helperUsername() == null
            ? null
            : new ProjectResponse.Helper(project.helperUsername(), project.helperName()),
        Times.local(project.createdAt()),
        used,
        legal,
        promised,
        List.copyOf(stages));
  }

  /** The step an application's status puts it at; none once it is finished. */
  static Step step(ApplicationStatus status) {
    return switch (status) {
      case SUBMITTED -> Step.ACCEPT;
      case SUPPLEMENT_REQUESTED -> Step.SUPPLEMENT;
      case ACCEPTED, UNDER_REVIEW, PAUSED -> Step.REVIEW;
      case AWAITING_DECISION -> Step.DECIDE;
      default -> null;
    };
  }
}
