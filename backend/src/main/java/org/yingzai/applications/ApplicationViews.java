package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.ListRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.applications.ApplicationMapper.Scope;
import org.yingzai.applications.ApplicationMapper.SupplementRow;
import org.yingzai.applications.ApplicationMapper.TimelineRow;
import org.yingzai.applications.ApplicationResponse.DepartmentRef;
import org.yingzai.applications.ApplicationResponse.EnterpriseRef;
import org.yingzai.applications.ApplicationResponse.MaterialResponse;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.ApplicationResponse.SupplementResponse;
import org.yingzai.applications.ApplicationResponse.TimelineResponse;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.WarningLevel;
import org.yingzai.clock.WarningService;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.identity.Role;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * Applications as their applicant, the handling department's clerks and supervisors see them: one
 * application with everything about it, and the lists. Other modules' pages read an application
 * through {@link #get(String)}, with the same visibility as the API.
 */
@Service
public class ApplicationViews {

  private final ApplicationMapper mapper;
  private final ApplicationAccess access;
  private final Catalog catalog;
  private final Enterprises enterprises;
  private final MissingMaterials missingMaterials;
  private final ClockLedger clocks;
  private final WarningService warnings;
  private final IssuedResults results;
  private final ObjectMapper json;
  private final WorkingCalendar calendar;

  private final MaterialPromises promises;
  private final Counters counters;

  ApplicationViews(
      ApplicationMapper mapper,
      ApplicationAccess access,
      Catalog catalog,
      Enterprises enterprises,
      MissingMaterials missingMaterials,
      ClockLedger clocks,
      WarningService warnings,
      IssuedResults results,
      ObjectMapper json,
      WorkingCalendar calendar,
      MaterialPromises promises,
      Counters counters) {
    this.counters = counters;
    this.calendar = calendar;
    this.promises = promises;
    this.mapper = mapper;
    this.access = access;
    this.catalog = catalog;
    this.enterprises = enterprises;
    this.missingMaterials = missingMaterials;
    this.clocks = clocks;
    this.warnings = warnings;
    this.results = results;
    this.json = json;
  }

  /**
   * The application if the current user may see it.
   *
   * @throws ProblemException 404 {@code APPLICATION_NOT_FOUND} otherwise
   */
  @Transactional(readOnly = true)
  public ApplicationResponse get(String applicationId) {
    return view(access.visibleRow(applicationId));
  }

  /** The application a use case just wrote, read in the use case's own transaction. */
  ApplicationResponse current(String applicationId) {
    return view(mapper.findById(applicationId));
  }

  @Transactional(readOnly = true)
  PageResponse<ApplicationListItem> list(
      ApplicationStatus status, WarningLevel warningLevel, String itemCode, PageRequest page) {
    AuthenticatedUser user = CurrentUser.get();
    Scope scope =
        switch (user.role()) {
          case ENTERPRISE -> Scope.ofEnterprise(user.enterpriseId());
          case CLERK ->
              ApplicationAccess.receives(user)
                  ? Scope.ofStation(user.stationCode())
                  : Scope.ofDepartment(user.departmentCode());
          case SUPERVISOR -> Scope.submitted();
          default -> throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        };
    Scope filtered = scope.filtered(status, warningLevel, itemCode);
    return PageResponse.read(
        mapper.findPage(filtered, page.offset(), page.size()).stream().map(this::listItem).toList(),
        page,
        () -> mapper.count(filtered));
  }

  private ApplicationListItem listItem(ListRow row) {
    return new ApplicationListItem(
        row.id(),
        row.number(),
        row.itemCode(),
        row.itemName(),
        row.departmentCode(),
        new EnterpriseRef(row.enterpriseCreditCode(), row.enterpriseName()),
        row.status(),
        Times.local(row.createdAt()),
        Times.local(row.submittedAt()),
        Times.local(row.acceptedAt()),
        Times.local(row.deadline()),
        Times.local(row.legalDeadline()),
        calendar.isProvisional(row.acceptedAt(), row.deadline()),
        calendar.isProvisional(row.acceptedAt(), row.legalDeadline()),
        row.warningLevel(),
        Boolean.TRUE.equals(row.clockPaused()));
  }

  private ApplicationResponse view(ApplicationRow row) {
    ServiceItem item = catalog.requireItem(row.itemCode());
    Enterprise enterprise = enterprises.requireById(row.enterpriseId());
    List<MaterialRow> uploaded = mapper.findMaterials(row.id());
    // what a draft still needs; once submitted, what the proofs relied on is fixed
    var context = MissingMaterials.context(row, item, uploaded);
    Outstanding outstanding =
        row.status() == ApplicationStatus.DRAFT
            ? missingMaterials.ofDraft(context)
            : missingMaterials.ofSubmitted(context);
    Optional<ClockState> legalClock = clocks.state(row.id());
    return new ApplicationResponse(
        row.id(),
        row.number(),
        queryCodeFor(row),
        row.itemCode(),
        item.name(),
        new DepartmentRef(item.department().code(), item.department().name()),
        new EnterpriseRef(enterprise.creditCode(), enterprise.name()),
        row.channel(),
        row.status(),
        read(row.formJson()),
        Times.local(row.createdAt()),
        Times.local(row.submittedAt()),
        Times.local(row.acceptedAt()),
        Times.local(row.finishedAt()),
        legalClock.map(ClockState::deadline).orElse(null),
        legalClock.map(ClockState::legalDeadline).orElse(null),
        // the level the engine's timers set, as lists filter it; derived until one is recorded
        row.warningLevel() != null
            ? row.warningLevel()
            : legalClock.map(ClockState::warningLevel).orElse(null),
        legalClock.map(ClockState::paused).orElse(false),
        legalClock.orElse(null),
        uploaded.stream().map(ApplicationViews::material).toList(),
        outstanding.missing(),
        outstanding.pending(),
        mapper.findSupplements(row.id()).stream().map(s -> supplement(s, item)).toList(),
        mapper.findTimeline(row.id()).stream().map(ApplicationViews::timelineEntry).toList(),
        warnings.events(row.id()),
        warnings.stepEvents(row.id()),
        results.of(row.id()),
        promises.of(row.id(), item),
        row.resultDelivery(),
        counters.of(row),
        row.jointGroup());
  }

  /** The query code is the applicant's: clerks and supervisors never see it. */
  private static String queryCodeFor(ApplicationRow row) {
    return CurrentUser.find()
        .filter(u -> u.role() == Role.ENTERPRISE && row.enterpriseId().equals(u.enterpriseId()))
        .map(u -> row.queryCode())
        .orElse(null);
  }

  static MaterialResponse material(MaterialRow m) {
    return new MaterialResponse(
        m.id(),
        m.materialCode(),
        m.fileName(),
        m.contentType(),
        m.sizeBytes(),
        m.sha256(),
        m.uploadedBy(),
        Times.local(m.uploadedAt()));
  }

  private static SupplementResponse supplement(SupplementRow s, ServiceItem item) {
    List<String> codes = codes(s.materialCodes());
    return new SupplementResponse(
        s.id(),
        s.step(),
        codes,
        item.materials().stream()
            .filter(m -> codes.contains(m.code()))
            .map(m -> new MissingMaterial(m.code(), m.name()))
            .toList(),
        s.comment(),
        s.requestedBy(),
        Times.local(s.requestedAt()),
        Times.local(s.answeredAt()),
        s.answerComment());
  }

  private static TimelineResponse timelineEntry(TimelineRow t) {
    return new TimelineResponse(
        Times.local(t.at()),
        t.step(),
        t.action(),
        t.actor(),
        t.actorName(),
        t.comment(),
        t.specialProcedure(),
        t.days());
  }

  static List<String> codes(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private JsonNode read(String formJson) {
    try {
      return json.readTree(formJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
