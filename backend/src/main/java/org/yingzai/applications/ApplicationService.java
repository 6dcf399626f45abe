package org.yingzai.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.IdempotencyRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.applications.ApplicationMapper.Scope;
import org.yingzai.applications.ApplicationMapper.SupplementRow;
import org.yingzai.applications.ApplicationMapper.TimelineRow;
import org.yingzai.applications.ApplicationRequests.CreateApplicationRequest;
import org.yingzai.applications.ApplicationResponse.DepartmentRef;
import org.yingzai.applications.ApplicationResponse.EnterpriseRef;
import org.yingzai.applications.ApplicationResponse.MaterialResponse;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.ApplicationResponse.PendingProof;
import org.yingzai.applications.ApplicationResponse.SupplementResponse;
import org.yingzai.applications.ApplicationResponse.TimelineResponse;
import org.yingzai.applications.ProofChecks.ProofAction;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.applications.ProofChecks.ProofNeed;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockLegalBasis;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.WarningService;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.identity.Role;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;
import org.yingzai.shared.Times;

/** The applicant's side of an application, and what everyone may read of it. */
@Service
class ApplicationService {

  static final String OPERATION_CREATE = "CREATE";
  static final String OPERATION_SUBMIT = "SUBMIT";

  /** 行政许可法 §32: accepted or returned within five working days of receipt, or accepted. */
  static final int ACCEPTANCE_WORKING_DAYS = 5;

  private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Set<String> SUPPLEMENT_TASKS =
      Set.of(
          StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE,
          StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW);

  private final ApplicationMapper mapper;
  private final Catalog catalog;
  private final Enterprises enterprises;
  private final MaterialFiles files;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ObjectMapper json;
  private final Clock clock;
  private final ClockLedger clocks;
  private final WarningService warnings;
  private final WorkingCalendar calendar;
  private final ProofChecks proofs;
  private final MessageSource messages;

  ApplicationService(
      ApplicationMapper mapper,
      Catalog catalog,
      Enterprises enterprises,
      MaterialFiles files,
      RuntimeService runtime,
      TaskService tasks,
      ObjectMapper json,
      Clock clock,
      ClockLedger clocks,
      WarningService warnings,
      WorkingCalendar calendar,
      ProofChecks proofs,
      MessageSource messages) {
    this.mapper = mapper;
    this.catalog = catalog;
    this.enterprises = enterprises;
    this.files = files;
    this.runtime = runtime;
    this.tasks = tasks;
    this.json = json;
    this.clock = clock;
    this.clocks = clocks;
    this.warnings = warnings;
    this.calendar = calendar;
    this.proofs = proofs;
    this.messages = messages;
  }

  @Transactional
  ApplicationResponse create(CreateApplicationRequest request, String idempotencyKey) {
    AuthenticatedUser user = CurrentUser.get();
    String requestHash = Sha256.of(request.itemCode() + "\n" + String.valueOf(request.form()));
    if (idempotencyKey != null) {
      IdempotencyRow earlier = findReplay(user, idempotencyKey, OPERATION_CREATE, requestHash);
      if (earlier != null) {
        return view(mapper.findById(earlier.applicationId()));
      }
    }
    ServiceItem item = catalog.requireItem(request.itemCode());
    JsonNode form = request.form() == null ? JsonNodeFactory.instance.objectNode() : request.form();
    if (!form.isObject()) {
      throw ProblemException.badRequest("FORM_NOT_OBJECT");
    }
    Instant now = clock.instant();
    ApplicationRow row =
        new ApplicationRow(
            UUID.randomUUID().toString(),
            null,
            item.code(),
            item.department().code(),
            item.handlingType().name(),
            user.enterpriseId(),
            user.username(),
            "ONLINE",
            ApplicationStatus.DRAFT.name(),
            write(form),
            null,
            now,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null);
    mapper.insert(row);
    if (idempotencyKey != null) {
      mapper.insertIdempotency(
          new IdempotencyRow(
              user.username(), idempotencyKey, OPERATION_CREATE, requestHash, row.id(), now));
    }
    return view(mapper.findById(row.id()));
  }

  /** A create or submit that lost the race for its Idempotency-Key answers what the winner did. */
  @Transactional(readOnly = true)
  ApplicationResponse replay(String idempotencyKey, String operation) {
    IdempotencyRow earlier =
        mapper.findIdempotency(CurrentUser.get().username(), idempotencyKey, operation);
    if (earlier == null) {
      throw ProblemException.conflict("IDEMPOTENCY_IN_PROGRESS");
    }
    return view(mapper.findById(earlier.applicationId()));
  }

  @Transactional
  MaterialResponse upload(
      String applicationId, String materialCode, String fileName, InputStream content) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = ownedForUpdate(applicationId, user);
    ApplicationStatus status = ApplicationStatus.valueOf(row.status());
    if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.SUPPLEMENT_REQUESTED) {
      throw ProblemException.conflict("APPLICATION_NOT_EDITABLE", status);
    }
    ServiceItem item = catalog.requireItem(row.itemCode());
    Material material =
        item.material(materialCode)
            .orElseThrow(
                () -> ProblemException.badRequest("MATERIAL_UNKNOWN", materialCode, item.code()));
    if (!material.uploadAllowed()
        && !proofs.uploadAllowed(
            proofContext(row, item, mapper.findMaterials(row.id())), material)) {
      throw ProblemException.badRequest("MATERIAL_NOT_UPLOADABLE", materialCode, material.name());
    }
    MaterialFiles.StoredFile stored = files.store(content);
    Instant now = clock.instant();
    String name = cleanFileName(fileName, stored.contentType());
    mapper.insertMaterial(
        new MaterialRow(
            null,
            row.id(),
            materialCode,
            name,
            stored.contentType(),
            stored.size(),
            stored.sha256(),
            user.username(),
            now));
    long id = mapper.lastInsertId();
    return material(mapper.findMaterial(row.id(), id));
  }

  /**
   * Replaces the form of the caller's draft, as the page saves it at every step.
   *
   * @throws ProblemException 400 {@code FORM_INVALID} with every bad field in {@code errors}
   */
  @Transactional
  ApplicationResponse updateForm(String applicationId, JsonNode form) {
    ApplicationRow row = ownedForUpdate(applicationId, CurrentUser.get());
    ApplicationStatus status = ApplicationStatus.valueOf(row.status());
    if (status != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict("APPLICATION_NOT_DRAFT", row.number(), status);
    }
    mapper.updateForm(row.id(), write(ApplicationForms.clean(form, messages)));
    return view(mapper.findById(row.id()));
  }

  @Transactional(readOnly = true)
  StoredMaterial download(String applicationId, long materialId) {
    ApplicationRow row = visible(applicationId);
    MaterialRow material = mapper.findMaterial(row.id(), materialId);
    if (material == null) {
      throw ProblemException.notFound("MATERIAL_NOT_FOUND", materialId);
    }
    return new StoredMaterial(
        material.fileName(),
        material.contentType(),
        material.sizeBytes(),
        files.pathOf(material.sha256()));
  }

  record StoredMaterial(String fileName, String contentType, long size, java.nio.file.Path path) {}

  @Transactional
  ApplicationResponse submit(String applicationId, String idempotencyKey) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = ownedForUpdate(applicationId, user);
    String requestHash = Sha256.of(applicationId);
    if (idempotencyKey != null) {
      IdempotencyRow earlier = findReplay(user, idempotencyKey, OPERATION_SUBMIT, requestHash);
      if (earlier != null) {
        return view(row);
      }
    }
    if (!ApplicationStatus.DRAFT.name().equals(row.status())) {
      throw ProblemException.conflict("APPLICATION_ALREADY_SUBMITTED", row.number());
    }
    ServiceItem item = catalog.requireItem(row.itemCode());
    ProofContext proofContext = proofContext(row, item, mapper.findMaterials(row.id()));
    Outstanding outstanding = outstanding(proofContext);
    if (!outstanding.isEmpty()) {
      throw ProblemException.badRequest("MATERIALS_MISSING", outstanding.describe(messages))
          .with("missingMaterials", outstanding.missing())
          .with("pendingProofs", outstanding.pending());
    }
    proofs.submitted(proofContext);
    Instant now = clock.instant();
    String number = nextNumber(now);
    Map<String, Object> variables = new HashMap<>();
    variables.put(StandardApproval.VAR_APPLICATION_ID, row.id());
    variables.put(StandardApproval.VAR_DEPARTMENT, row.departmentCode());
    variables.put(StandardApproval.VAR_HANDLING_TYPE, row.handlingType());
    variables.put(StandardApproval.VAR_APPLICANT_GROUP, "enterprise:" + row.enterpriseId());
    variables.putAll(receipt(now));
    // the number is written first: the task listeners copy it into the work queue
    mapper.markSubmitted(row.id(), number, QueryCodes.next(), now);
    String processInstanceId =
        runtime.startProcessInstanceByKey(item.processKey(), row.id(), variables).getId();
    mapper.setProcessInstance(row.id(), processInstanceId);
    timeline(row.id(), Step.SUBMISSION, "SUBMITTED", user, null);
    if (idempotencyKey != null) {
      mapper.insertIdempotency(
          new IdempotencyRow(
              user.username(), idempotencyKey, OPERATION_SUBMIT, requestHash, row.id(), now));
    }
    return view(mapper.findById(row.id()));
  }

  @Transactional
  ApplicationResponse answerSupplement(String applicationId, String comment) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = ownedForUpdate(applicationId, user);
    if (!ApplicationStatus.SUPPLEMENT_REQUESTED.name().equals(row.status())) {
      throw ProblemException.conflict("NO_SUPPLEMENT_REQUESTED");
    }
    SupplementRow open =
        mapper.findSupplements(row.id()).stream()
            .filter(s -> s.answeredAt() == null)
            .reduce((first, second) -> second)
            .orElseThrow(() -> ProblemException.conflict("NO_SUPPLEMENT_REQUESTED"));
    Set<String> suppliedSince =
        mapper.findMaterials(row.id()).stream()
            .filter(m -> m.id() > open.materialWatermark())
            .map(MaterialRow::materialCode)
            .collect(Collectors.toSet());
    List<String> stillMissing =
        codes(open.materialCodes()).stream().filter(c -> !suppliedSince.contains(c)).toList();
    if (!stillMissing.isEmpty()) {
      throw ProblemException.badRequest(
              "SUPPLEMENT_MATERIALS_MISSING", String.join("、", stillMissing))
          .with("missingMaterials", stillMissing);
    }
    Task task =
        tasks.createTaskQuery().processInstanceId(row.processInstanceId()).list().stream()
            .filter(t -> SUPPLEMENT_TASKS.contains(t.getTaskDefinitionKey()))
            .findFirst()
            .orElseThrow(() -> ProblemException.conflict("NO_SUPPLEMENT_REQUESTED"));
    Instant now = clock.instant();
    mapper.answerSupplement(open.id(), user.username(), now, blankToNull(comment));
    Step askedBy = Step.valueOf(open.step());
    if (askedBy == Step.REVIEW) {
      copyClock(
          row.id(), clocks.resume(row.id(), ClockLegalBasis.SUPPLEMENT_ANSWERED, user.username()));
    }
    mapper.updateStatus(
        row.id(),
        (askedBy == Step.REVIEW ? ApplicationStatus.UNDER_REVIEW : ApplicationStatus.SUBMITTED)
            .name());
    timeline(row.id(), Step.SUPPLEMENT, "SUPPLEMENTED", user, blankToNull(comment));
    // an answer before acceptance is a new receipt: the five days of §32 start again from it
    tasks.complete(task.getId(), askedBy == Step.ACCEPT ? receipt(now) : Map.of());
    return view(mapper.findById(row.id()));
  }

  /** The receipt time and the §32 acceptance deadline that follows from it, for the process. */
  private Map<String, Object> receipt(Instant receivedAt) {
    LocalDate receivedOn = LocalDate.ofInstant(receivedAt, Times.ZONE);
    Instant dueAt =
        calendar
            .deadline(receivedOn, ACCEPTANCE_WORKING_DAYS, LimitUnit.WORKING_DAYS)
            .deadline()
            .toInstant();
    return Map.of(
        StandardApproval.VAR_RECEIVED_AT,
        Date.from(receivedAt),
        StandardApproval.VAR_ACCEPTANCE_DUE_AT,
        Date.from(dueAt));
  }

  @Transactional(readOnly = true)
  ApplicationResponse get(String applicationId) {
    return view(visible(applicationId));
  }

  @Transactional(readOnly = true)
  PageResponse<ApplicationListItem> list(
      ApplicationStatus status, String warningLevel, String itemCode, PageRequest page) {
    AuthenticatedUser user = CurrentUser.get();
    Scope scope =
        switch (user.role()) {
          case ENTERPRISE ->
              new Scope(user.enterpriseId(), null, true, name(status), warningLevel, itemCode);
          case CLERK ->
              new Scope(null, user.departmentCode(), false, name(status), warningLevel, itemCode);
          case SUPERVISOR -> new Scope(null, null, false, name(status), warningLevel, itemCode);
          default -> throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        };
    List<ApplicationRow> rows = mapper.findPage(scope, page.offset(), page.size());
    long total = mapper.count(scope);
    Map<Long, Enterprise> enterpriseById = new HashMap<>();
    Map<String, String> itemNameByCode = new HashMap<>();
    List<ApplicationListItem> content = new ArrayList<>();
    for (ApplicationRow row : rows) {
      Enterprise enterprise =
          enterpriseById.computeIfAbsent(row.enterpriseId(), enterprises::requireById);
      String itemName = itemNameByCode.computeIfAbsent(row.itemCode(), catalog::requireItemName);
      content.add(
          new ApplicationListItem(
              row.id(),
              row.number(),
              row.itemCode(),
              itemName,
              row.departmentCode(),
              new EnterpriseRef(enterprise.creditCode(), enterprise.name()),
              ApplicationStatus.valueOf(row.status()),
              Times.local(row.createdAt()),
              Times.local(row.submittedAt()),
              Times.local(row.acceptedAt()),
              Times.local(row.deadline()),
              Times.local(row.legalDeadline()),
              row.warningLevel(),
              Boolean.TRUE.equals(row.clockPaused())));
    }
    return new PageResponse<>(content, page.page(), page.size(), total);
  }

  // --- shared with ApplicationProgress

  /** Copies the clock's deadlines and pause onto the application, for lists and filters. */
  void copyClock(String applicationId, ClockState clock) {
    OffsetDateTime pausedSince = clock.pausedSince();
    mapper.updateClock(
        applicationId,
        clock.deadline().toInstant(),
        clock.legalDeadline().toInstant(),
        clock.paused(),
        pausedSince == null ? null : pausedSince.toInstant());
  }

  /** The application if the caller may see it; otherwise 404, as if it did not exist. */
  ApplicationRow visible(String applicationId) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = applicationId == null ? null : mapper.findById(applicationId);
    if (row == null || !maySee(user, row)) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return row;
  }

  static boolean maySee(AuthenticatedUser user, ApplicationRow row) {
    boolean draft = ApplicationStatus.DRAFT.name().equals(row.status());
    return switch (user.role()) {
      case ENTERPRISE -> row.enterpriseId().equals(user.enterpriseId());
      case CLERK -> !draft && row.departmentCode().equals(user.departmentCode());
      case SUPERVISOR -> !draft;
      default -> false;
    };
  }

  void timeline(
      String applicationId, Step step, String action, AuthenticatedUser actor, String comment) {
    timeline(
        applicationId, step, action, actor.username(), actor.displayName(), comment, null, null);
  }

  void timeline(
      String applicationId,
      Step step,
      String action,
      String actor,
      String actorName,
      String comment,
      String specialProcedure,
      Integer days) {
    mapper.insertTimeline(
        new TimelineRow(
            null,
            applicationId,
            clock.instant(),
            step.name(),
            action,
            actor,
            actorName,
            comment,
            specialProcedure,
            days));
  }

  ApplicationResponse view(ApplicationRow row) {
    ServiceItem item = catalog.requireItem(row.itemCode());
    Enterprise enterprise = enterprises.requireById(row.enterpriseId());
    List<MaterialRow> uploaded = mapper.findMaterials(row.id());
    // what a draft still needs; once submitted, what the proofs relied on is fixed
    Outstanding outstanding =
        ApplicationStatus.DRAFT.name().equals(row.status())
            ? outstanding(proofContext(row, item, uploaded))
            : outstanding(proofContext(row, item, uploaded), List.of());
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
        ApplicationStatus.valueOf(row.status()),
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
            : legalClock.map(c -> c.warningLevel().name()).orElse(null),
        legalClock.map(ClockState::paused).orElse(false),
        legalClock.orElse(null),
        uploaded.stream().map(ApplicationService::material).toList(),
        outstanding.missing(),
        outstanding.pending(),
        mapper.findSupplements(row.id()).stream().map(ApplicationService::supplement).toList(),
        mapper.findTimeline(row.id()).stream().map(ApplicationService::timelineEntry).toList(),
        warnings.events(row.id()),
        warnings.stepEvents(row.id()));
  }

  // --- helpers

  /** The query code is the applicant's: clerks and supervisors never see it. */
  private static String queryCodeFor(ApplicationRow row) {
    return CurrentUser.find()
        .filter(u -> u.role() == Role.ENTERPRISE && row.enterpriseId().equals(u.enterpriseId()))
        .map(u -> row.queryCode())
        .orElse(null);
  }

  private ApplicationRow ownedForUpdate(String applicationId, AuthenticatedUser user) {
    ApplicationRow row = applicationId == null ? null : mapper.lockById(applicationId);
    if (row == null || user.role() != Role.ENTERPRISE || !maySee(user, row)) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return row;
  }

  private IdempotencyRow findReplay(
      AuthenticatedUser user, String key, String operation, String requestHash) {
    if (key.isBlank() || key.length() > 128) {
      throw ProblemException.badRequest("IDEMPOTENCY_KEY_INVALID");
    }
    IdempotencyRow earlier = mapper.findIdempotency(user.username(), key, operation);
    if (earlier != null && !earlier.requestHash().equals(requestHash)) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", key);
    }
    return earlier;
  }

  private String nextNumber(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, Times.ZONE);
    mapper.nextDailySequence(day);
    long sequence = mapper.lastInsertId();
    if (sequence > 999_999) {
      throw new IllegalStateException("Daily application sequence exhausted on " + day);
    }
    return "YZ" + NUMBER_DATE.format(day) + String.format("%06d", sequence);
  }

  static ProofContext proofContext(
      ApplicationRow row, ServiceItem item, List<MaterialRow> uploaded) {
    return new ProofContext(
        row.id(),
        row.enterpriseId(),
        item,
        uploaded.stream().map(MaterialRow::materialCode).collect(Collectors.toSet()));
  }

  /**
   * Everything a draft still lacks, in the item's order: uploads (those the catalogue asks for, and
   * waived proofs that became uploads) and the proofs waiting for a consent or a signature.
   */
  private Outstanding outstanding(ProofContext context) {
    return outstanding(context, proofs.needs(context));
  }

  /** The uploads the catalogue asks for that are not there yet, and what the proofs still need. */
  private static Outstanding outstanding(ProofContext context, List<ProofNeed> proofNeeds) {
    Map<String, ProofAction> needs = new HashMap<>();
    proofNeeds.forEach(need -> needs.put(need.materialCode(), need.action()));
    List<MissingMaterial> missing = new ArrayList<>();
    List<PendingProof> pending = new ArrayList<>();
    for (Material material : context.item().materials()) {
      ProofAction need = needs.get(material.code());
      if (material.mustUpload() && !context.uploadedMaterialCodes().contains(material.code())) {
        need = ProofAction.UPLOAD;
      }
      if (need == ProofAction.UPLOAD) {
        missing.add(new MissingMaterial(material.code(), material.name()));
      } else if (need != null) {
        pending.add(new PendingProof(material.code(), material.name(), need));
      }
    }
    return new Outstanding(List.copyOf(missing), List.copyOf(pending));
  }

  private record Outstanding(List<MissingMaterial> missing, List<PendingProof> pending) {

    boolean isEmpty() {
      return missing.isEmpty() && pending.isEmpty();
    }

    /** Every entry with what it waits for, in the caller's language, for the one notice. */
    String describe(MessageSource messages) {
      Locale locale = LocaleContextHolder.getLocale();
      List<String> entries = new ArrayList<>();
      missing.forEach(
          m -> entries.add(entry(messages, locale, m.code(), m.name(), ProofAction.UPLOAD)));
      pending.forEach(p -> entries.add(entry(messages, locale, p.code(), p.name(), p.action())));
      return String.join(messages.getMessage("applications.list.separator", null, locale), entries);
    }

    private static String entry(
        MessageSource messages, Locale locale, String code, String name, ProofAction action) {
      return messages.getMessage(
          "applications.missing.entry",
          new Object[] {
            code, name, messages.getMessage("applications.proofAction." + action, null, locale)
          },
          locale);
    }
  }

  private static MaterialResponse material(MaterialRow m) {
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

  private static SupplementResponse supplement(SupplementRow s) {
    return new SupplementResponse(
        s.id(),
        Step.valueOf(s.step()),
        codes(s.materialCodes()),
        s.comment(),
        s.requestedBy(),
        Times.local(s.requestedAt()),
        Times.local(s.answeredAt()),
        s.answerComment());
  }

  private static TimelineResponse timelineEntry(TimelineRow t) {
    return new TimelineResponse(
        Times.local(t.at()),
        Step.valueOf(t.step()),
        t.action(),
        t.actor(),
        t.actorName(),
        t.comment(),
        t.specialProcedure(),
        t.days());
  }

  private static List<String> codes(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static String cleanFileName(String fileName, String contentType) {
    String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
    if (name.isEmpty()) {
      name = "material" + FileTypes.extension(contentType);
    }
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String blankToNull(String text) {
    return StringUtils.hasText(text) ? text.strip() : null;
  }

  private String write(JsonNode form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode read(String formJson) {
    try {
      return json.readTree(formJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
