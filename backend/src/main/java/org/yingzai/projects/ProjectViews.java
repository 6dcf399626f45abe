package org.yingzai.projects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointState;
import org.yingzai.applications.Step;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.GroupClocks.GroupClock;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Departments;
import org.yingzai.identity.Role;
import org.yingzai.projects.ProjectMapper.MemberRow;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectMapper.StageRow;
import org.yingzai.projects.ProjectMapper.UploadRow;
import org.yingzai.projects.ProjectResponse.StageApplication;
import org.yingzai.projects.ProjectResponse.StageForm;
import org.yingzai.projects.ProjectResponse.StageMaterialResponse;
import org.yingzai.projects.ProjectResponse.StageResponse;
import org.yingzai.projects.ProjectResponse.UploadResponse;
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
  private final ObjectMapper json;
  private final Clock clock;
  private final EarlierResults earlierResults;
  private final JointResults jointResults;

  ProjectViews(
      ProjectMapper mapper,
      ProjectAccess access,
      StageCatalogue catalogue,
      StageClocks clocks,
      JointSubmissions applications,
      Catalog items,
      Departments departments,
      ObjectMapper json,
      Clock clock,
      EarlierResults earlierResults,
      JointResults jointResults) {
    this.jointResults = jointResults;
    this.earlierResults = earlierResults;
    this.clock = clock;
    this.mapper = mapper;
    this.access = access;
    this.catalogue = catalogue;
    this.clocks = clocks;
    this.applications = applications;
    this.items = items;
    this.departments = departments;
    this.json = json;
  }

  @Transactional(readOnly = true)
  ProjectResponse get(String projectId) {
    ProjectRow project = access.visible(projectId);
    return view(project, mapper.findStages(project.id()), mapper.findMembers(project.id()), true);
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
    long total = mapper.count(enterpriseId, department, helper, today, keyOnly);
    if (rows.isEmpty()) {
      return new PageResponse<>(List.of(), page.page(), page.size(), total);
    }
    List<String> ids = rows.stream().map(ProjectRow::id).toList();
    Map<String, List<StageRow>> stages =
        mapper.findStagesOf(ids).stream().collect(Collectors.groupingBy(StageRow::projectId));
    Map<String, List<MemberRow>> members =
        mapper.findMembersOf(ids).stream().collect(Collectors.groupingBy(MemberRow::projectId));
    List<ProjectResponse> content = new ArrayList<>();
    for (ProjectRow row : rows) {
      content.add(
          view(
              row,
              stages.getOrDefault(row.id(), List.of()),
              members.getOrDefault(row.id(), List.of()),
              false));
    }
    return new PageResponse<>(content, page.page(), page.size(), total);
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

  /** What an open stage asks of its enterprise, with what is filled in and uploaded so far. */
  @Transactional(readOnly = true)
  StageForm form(String projectId, Stage stage) {
    ProjectRow project = access.wholeVisible(projectId);
    StageEntry entry = catalogue.require(stage);
    StageRow row =
        mapper.findStages(project.id()).stream()
            .filter(s -> s.stage() == stage)
            .findFirst()
            .orElseThrow();
    List<String> itemCodes = entry.itemsFor(project.projectType());
    Map<String, ServiceItem> serviceItems = items.itemsByCode(itemCodes);
    Map<String, UploadRow> uploads = new HashMap<>();
    mapper.findUploads(project.id(), stage).forEach(u -> uploads.put(u.materialCode(), u));
    Map<String, EarlierResults.EarlierResult> earlier = earlierResults.of(project.id(), entry);
    List<StageMaterialResponse> materials = new ArrayList<>();
    for (StageEntry.StageMaterial material : entry.materials()) {
      List<StageEntry.MaterialTarget> applicable =
          material.targets().stream().filter(t -> itemCodes.contains(t.itemCode())).toList();
      if (applicable.isEmpty()) {
        continue;
      }
      boolean required =
          applicable.stream()
              .anyMatch(
                  t ->
                      serviceItems
                          .get(t.itemCode())
                          .material(t.itemMaterialCode())
                          .map(Material::mustUpload)
                          .orElse(false));
      UploadRow upload = uploads.get(material.code());
      EarlierResults.EarlierResult result = earlier.get(material.code());
      materials.add(
          new StageMaterialResponse(
              material.code(),
              material.name(),
              material.description(),
              required,
              result == null ? null : result.result().documentNumber(),
              upload == null
                  ? null
                  : new UploadResponse(
                      upload.id(),
                      upload.fileName(),
                      upload.contentType(),
                      upload.sizeBytes(),
                      upload.sha256(),
                      Times.local(upload.uploadedAt()))));
    }
    try {
      return new StageForm(
          stage,
          entry.name(),
          row.status(),
          itemCodes,
          entry.fields(),
          row.formJson() == null ? json.createObjectNode() : json.readTree(row.formJson()),
          materials);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ProjectResponse view(
      ProjectRow project, List<StageRow> stageRows, List<MemberRow> members, boolean live) {
    Map<Stage, EntryRow> entries = new LinkedHashMap<>();
    catalogue.entries().forEach(entry -> entries.put(entry.stage(), entry));
    Map<String, JointState> states =
        applications.states(members.stream().map(MemberRow::applicationId).toList());
    Map<String, String> itemNames = new HashMap<>();
    items
        .itemsByCode(members.stream().map(MemberRow::itemCode).collect(Collectors.toSet()))
        .forEach((code, item) -> itemNames.put(code, item.name()));
    Map<String, String> departmentNames = new HashMap<>();
    departments.findAll().forEach(d -> departmentNames.put(d.code(), d.name()));
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
