package org.yingzai.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.FormField;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * Several applications of one enterprise made and submitted by one submission (a construction
 * project's stage, a bundle): one per item, each for its own department on its item's approval path
 * and clock. The caller starts their approval processes (together, as one parallel process) and
 * says which instance each got. Nothing is half-saved: a gap in any of them refuses all.
 */
@Service
public class JointSubmissions {

  /**
   * One item's application: its form, as its item's form has it, the files it gets, and the
   * materials the applicant promises to supply after the acceptance (容缺受理, green channel only).
   */
  public record JointItem(
      String itemCode, JsonNode form, List<JointFile> files, List<String> promisedMaterials) {

    public JointItem {
      files = List.copyOf(files);
      promisedMaterials = List.copyOf(promisedMaterials);
    }

    public JointItem(String itemCode, JsonNode form, List<JointFile> files) {
      this(itemCode, form, files, List.of());
    }
  }

  /** A file already in the content-addressed store, attached to the item's material. */
  public record JointFile(
      String materialCode, String fileName, String contentType, long size, String sha256) {}

  /** What one item of the submission still lacks. */
  public record ItemGaps(
      String itemCode,
      List<ApplicationResponse.MissingMaterial> missingMaterials,
      List<ApplicationResponse.PendingProof> pendingProofs) {}

  /** A submitted application of the submission. */
  public record JointApplication(
      String id, String itemCode, String departmentCode, String number, String queryCode) {}

  private final ApplicationMapper mapper;
  private final Catalog catalog;
  private final MissingMaterials missingMaterials;
  private final ApprovalStart approvals;
  private final ObjectMapper json;
  private final MessageSource messages;
  private final Clock clock;
  private final AuditTrail audit;
  private final MaterialPromises promises;
  private final IssuedResults results;
  private final SupplementAnswers supplements;

  JointSubmissions(
      ApplicationMapper mapper,
      Catalog catalog,
      MissingMaterials missingMaterials,
      ApprovalStart approvals,
      ObjectMapper json,
      MessageSource messages,
      Clock clock,
      AuditTrail audit,
      MaterialPromises promises,
      IssuedResults results,
      SupplementAnswers supplements) {
    this.supplements = supplements;
    this.results = results;
    this.mapper = mapper;
    this.catalog = catalog;
    this.missingMaterials = missingMaterials;
    this.approvals = approvals;
    this.json = json;
    this.messages = messages;
    this.clock = clock;
    this.audit = audit;
    this.promises = promises;
  }

  /**
   * A form checked against {@code fields} as an application's form is: text trimmed, numbers as
   * numbers, blank fields left out; with {@code complete}, every required field must be there.
   *
   * @throws ProblemException 400 {@code FORM_INVALID} with every bad field in {@code errors}; 413
   *     {@code FORM_TOO_LARGE}
   */
  public ObjectNode cleanForm(JsonNode form, List<FormField> fields, boolean complete) {
    return ApplicationForms.clean(
        form,
        fields,
        complete
            ? ApplicationForms.Completeness.REQUIRED_FIELDS
            : ApplicationForms.Completeness.ANY,
        messages);
  }

  /**
   * A form as a web page sends it (every value a string), read into the JSON an application's form
   * keeps: the fields sent replace the current ones; parameters that are not fields are not read.
   * Check it with {@link #cleanForm}.
   */
  public JsonNode formFromPage(Map<String, String> sent, JsonNode current, List<FormField> fields) {
    return ApplicationForms.fromPage(sent, current, fields);
  }

  /** The message of each refused field of a {@code FORM_INVALID} problem, by field name. */
  public static Map<String, String> fieldErrors(ProblemException e) {
    return ApplicationPageModel.fieldErrors(e);
  }

  /**
   * Makes and submits one application per item for the enterprise, by the current user (its own
   * user, or a helper the caller found authorized to act for it), in the caller's transaction,
   * without starting their approval processes. Applications of the green channel (a key project's)
   * are marked so, and come first in the clerks' queues among work of the same level.
   *
   * @throws ProblemException 400 {@code FORM_INVALID} for an item's form; 400 {@code
   *     JOINT_MATERIALS_MISSING} with every item's gaps in {@code items}; 400 {@code
   *     GREEN_CHANNEL_ONLY} for promised materials outside the green channel; 400 {@code
   *     MATERIAL_NOT_DEFERRABLE}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<JointApplication> submit(
      long enterpriseId, List<JointItem> items, boolean greenChannel) {
    AuthenticatedUser user = CurrentUser.get();
    Instant now = clock.instant();
    if (!greenChannel && items.stream().anyMatch(i -> !i.promisedMaterials().isEmpty())) {
      throw ProblemException.badRequest("GREEN_CHANNEL_ONLY");
    }
    List<ApplicationRow> rows = new ArrayList<>();
    List<ProofContext> contexts = new ArrayList<>();
    List<ItemGaps> gaps = new ArrayList<>();
    for (JointItem item : items) {
      ServiceItem serviceItem = catalog.requireItem(item.itemCode());
      ApplicationRow row = draft(serviceItem, item.form(), enterpriseId, user, now);
      if (greenChannel) {
        mapper.markGreenChannel(row.id());
      }
      for (JointFile file : item.files()) {
        mapper.insertMaterial(
            new MaterialRow(
                null,
                row.id(),
                file.materialCode(),
                file.fileName(),
                file.contentType(),
                file.size(),
                file.sha256(),
                user.username(),
                now));
      }
      ProofContext context =
          MissingMaterials.context(row, serviceItem, mapper.findMaterials(row.id()));
      // a promised material counts as there at submission: it follows after the acceptance
      Set<String> present = new HashSet<>(context.uploadedMaterialCodes());
      present.addAll(item.promisedMaterials());
      Outstanding outstanding =
          missingMaterials.ofDraft(
              new ProofContext(
                  context.applicationId(), context.enterpriseId(), serviceItem, present));
      if (!outstanding.isEmpty()) {
        gaps.add(new ItemGaps(item.itemCode(), outstanding.missing(), outstanding.pending()));
      }
      rows.add(row);
      contexts.add(context);
    }
    requireNoGaps(gaps);
    List<JointApplication> submitted = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ApplicationRow row = rows.get(i);
      JointApplication application = markSubmitted(row, contexts.get(i), user, now);
      promises.promise(row, contexts.get(i).item(), items.get(i).promisedMaterials(), user);
      submitted.add(application);
    }
    return List.copyOf(submitted);
  }

  private void requireNoGaps(List<ItemGaps> gaps) {
    if (!gaps.isEmpty()) {
      throw ProblemException.badRequest(
              "JOINT_MATERIALS_MISSING",
              String.join(
                  messages.getMessage(
                      "applications.list.separator", null, LocaleContextHolder.getLocale()),
                  gaps.stream().map(gap -> catalog.requireItemName(gap.itemCode())).toList()))
          .with("items", List.copyOf(gaps));
    }
  }

  private JointApplication markSubmitted(
      ApplicationRow row, ProofContext context, AuthenticatedUser user, Instant now) {
    approvals.markSubmitted(row, context, now);
    approvals.recordSubmitted(row, user);
    ApplicationRow after = mapper.findById(row.id());
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("number", after.number());
    change.put("itemCode", after.itemCode());
    change.put("status", after.status());
    audit.record(ApplicationAuditAction.SUBMITTED, AuditObject.application(row.id()), null, change);
    return new JointApplication(
        after.id(), after.itemCode(), after.departmentCode(), after.number(), after.queryCode());
  }

  /** An item's draft made for a group: its item and its first form. */
  public record JointDraft(String itemCode, JsonNode form) {}

  /**
   * Makes one draft per item for the enterprise, by the current user, in the caller's transaction,
   * each marked as the group's: the drafts are submitted together ({@link #submitDrafts}), never
   * alone. Their forms may be incomplete until then.
   *
   * @return the drafts' ids, in the order of the items
   * @throws ProblemException 400 {@code FORM_INVALID} for an item's form
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<String> createDrafts(long enterpriseId, String groupKey, List<JointDraft> drafts) {
    AuthenticatedUser user = CurrentUser.get();
    Instant now = clock.instant();
    List<String> ids = new ArrayList<>();
    for (JointDraft draft : drafts) {
      ServiceItem item = catalog.requireItem(draft.itemCode());
      ApplicationRow row =
          insertDraft(
              item,
              ApplicationForms.clean(
                  draft.form(), item.form(), ApplicationForms.Completeness.ANY, messages),
              enterpriseId,
              user,
              now);
      mapper.setJointGroup(row.id(), groupKey);
      ids.add(row.id());
    }
    return List.copyOf(ids);
  }

  /**
   * Sets the named fields of a group's draft (a {@code null} value removes the field), keeping its
   * other fields; the form is checked as a draft's is.
   *
   * @throws ProblemException 409 {@code JOINT_DRAFT_INVALID} for anything but a draft of a group;
   *     400 {@code FORM_INVALID}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void setFields(String applicationId, Map<String, JsonNode> fields) {
    ApplicationRow row = lockJointDraft(applicationId);
    ObjectNode form = (ObjectNode) read(row.formJson());
    fields.forEach(
        (name, value) -> {
          if (value == null || value.isNull()) {
            form.remove(name);
          } else {
            form.set(name, value);
          }
        });
    ServiceItem item = catalog.requireItem(row.itemCode());
    String written =
        write(
            ApplicationForms.clean(form, item.form(), ApplicationForms.Completeness.ANY, messages));
    if (!written.equals(row.formJson())) {
      mapper.updateForm(row.id(), written);
      audit.record(
          ApplicationAuditAction.FORM_CHANGED,
          AuditObject.application(row.id()),
          null,
          Map.of("formSha256", Sha256.of(written)));
    }
  }

  /**
   * Attaches a kept file to a material of a group's draft, or of a submitted application of the
   * group whose open supplement notice asks for it.
   *
   * @throws ProblemException 409 {@code JOINT_DRAFT_INVALID} otherwise
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void attach(String applicationId, JointFile file) {
    ApplicationRow row = mapper.lockById(applicationId);
    boolean draft =
        row != null && row.jointGroup() != null && row.status() == ApplicationStatus.DRAFT;
    boolean asked =
        row != null
            && row.jointGroup() != null
            && row.status() == ApplicationStatus.SUPPLEMENT_REQUESTED;
    if (!draft && !asked) {
      throw ProblemException.conflict("JOINT_DRAFT_INVALID", applicationId);
    }
    AuthenticatedUser user = CurrentUser.get();
    mapper.insertMaterial(
        new MaterialRow(
            null,
            row.id(),
            file.materialCode(),
            file.fileName(),
            file.contentType(),
            file.size(),
            file.sha256(),
            user.username(),
            clock.instant()));
    audit.record(
        ApplicationAuditAction.MATERIAL_UPLOADED,
        AuditObject.application(row.id()),
        null,
        Map.of("materialCode", file.materialCode(), "sha256", file.sha256(), "size", file.size()));
  }

  /** What each of the drafts still lacks (materials, proofs to consent to or sign), in order. */
  @Transactional(readOnly = true)
  public List<ItemGaps> gaps(List<String> applicationIds) {
    List<ItemGaps> gaps = new ArrayList<>();
    Map<String, ApplicationRow> rows = new LinkedHashMap<>();
    mapper.findByIds(applicationIds).forEach(r -> rows.put(r.id(), r));
    for (String id : applicationIds) {
      ApplicationRow row = rows.get(id);
      if (row == null || row.status() != ApplicationStatus.DRAFT) {
        continue;
      }
      Outstanding outstanding =
          missingMaterials.ofDraft(
              MissingMaterials.context(
                  row, catalog.requireItem(row.itemCode()), mapper.findMaterials(row.id())));
      gaps.add(new ItemGaps(row.itemCode(), outstanding.missing(), outstanding.pending()));
    }
    return gaps;
  }

  /**
   * Submits a group's drafts at once, in the caller's transaction, without starting their approval
   * processes: all, or none when any lacks something.
   *
   * @throws ProblemException 400 {@code JOINT_MATERIALS_MISSING} with every item's gaps in {@code
   *     items}; 409 {@code JOINT_DRAFT_INVALID} for an application that is not a draft of a group
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<JointApplication> submitDrafts(List<String> applicationIds) {
    AuthenticatedUser user = CurrentUser.get();
    Instant now = clock.instant();
    List<ApplicationRow> rows = new ArrayList<>();
    List<ProofContext> contexts = new ArrayList<>();
    List<ItemGaps> gaps = new ArrayList<>();
    for (String id : applicationIds) {
      ApplicationRow row = lockJointDraft(id);
      ServiceItem item = catalog.requireItem(row.itemCode());
      ProofContext context = MissingMaterials.context(row, item, mapper.findMaterials(row.id()));
      ApplicationForms.clean(
          read(row.formJson()),
          item.form(),
          ApplicationForms.Completeness.REQUIRED_FIELDS,
          messages);
      Outstanding outstanding = missingMaterials.ofDraft(context);
      if (!outstanding.isEmpty()) {
        gaps.add(new ItemGaps(row.itemCode(), outstanding.missing(), outstanding.pending()));
      }
      rows.add(row);
      contexts.add(context);
    }
    requireNoGaps(gaps);
    List<JointApplication> submitted = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      submitted.add(markSubmitted(rows.get(i), contexts.get(i), user, now));
    }
    return List.copyOf(submitted);
  }

  /**
   * The enterprise answers the open supplement notice of an application of its group, once the
   * materials it asks for are attached.
   *
   * @throws ProblemException 409 {@code NO_SUPPLEMENT_REQUESTED}; 400 {@code
   *     SUPPLEMENT_MATERIALS_MISSING}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void answerSupplement(String applicationId, String comment) {
    supplements.answer(applicationId, comment);
  }

  private ApplicationRow lockJointDraft(String applicationId) {
    ApplicationRow row = mapper.lockById(applicationId);
    if (row == null || row.jointGroup() == null || row.status() != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict("JOINT_DRAFT_INVALID", applicationId);
    }
    return row;
  }

  /** Where a jointly submitted application stands, for the page of what it was submitted with. */
  public record JointState(
      String id,
      String number,
      String itemCode,
      String departmentCode,
      ApplicationStatus status,
      Instant submittedAt,
      Instant acceptedAt,
      Instant finishedAt,
      Instant deadline,
      Instant legalDeadline,
      WarningLevel warningLevel,
      boolean clockPaused,
      String queryCode) {

    /** Whether it is still being handled: neither decided, refused nor withdrawn. */
    public boolean open() {
      return !status.isFinished();
    }
  }

  /** Where each of these applications stands, by id; read in one statement. */
  public Map<String, JointState> states(Collection<String> applicationIds) {
    Map<String, JointState> states = new LinkedHashMap<>();
    if (applicationIds.isEmpty()) {
      return states;
    }
    for (ApplicationRow row : mapper.findByIds(applicationIds)) {
      states.put(
          row.id(),
          new JointState(
              row.id(),
              row.number(),
              row.itemCode(),
              row.departmentCode(),
              row.status(),
              row.submittedAt(),
              row.acceptedAt(),
              row.finishedAt(),
              row.deadline(),
              row.legalDeadline(),
              row.warningLevel(),
              Boolean.TRUE.equals(row.clockPaused()),
              row.queryCode()));
    }
    return states;
  }

  /** The documents issued for the application (办理结果), oldest first. */
  public List<IssuedResult> results(String applicationId) {
    return results.of(applicationId);
  }

  /** The variables the approval process of a jointly submitted application starts with. */
  public Map<String, Object> approvalVariables(String applicationId) {
    ApplicationRow row = mapper.findById(applicationId);
    if (row == null || row.submittedAt() == null) {
      throw new IllegalStateException("Not a submitted application: " + applicationId);
    }
    return approvals.variables(row, row.submittedAt());
  }

  /** The process key of the approval path of a jointly submitted application's item. */
  public String processKey(String applicationId) {
    ApplicationRow row = mapper.findById(applicationId);
    if (row == null) {
      throw new IllegalStateException("No application " + applicationId);
    }
    return catalog.requireItem(row.itemCode()).processKey();
  }

  /** Records the approval process instance that a jointly submitted application got. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void started(String applicationId, String processInstanceId) {
    mapper.setProcessInstance(applicationId, processInstanceId);
  }

  private ApplicationRow draft(
      ServiceItem item, JsonNode form, long enterpriseId, AuthenticatedUser user, Instant now) {
    return insertDraft(
        item,
        ApplicationForms.clean(
            form, item.form(), ApplicationForms.Completeness.REQUIRED_FIELDS, messages),
        enterpriseId,
        user,
        now);
  }

  private ApplicationRow insertDraft(
      ServiceItem item,
      ObjectNode cleaned,
      long enterpriseId,
      AuthenticatedUser user,
      Instant now) {
    ApplicationRow row =
        ApplicationRow.draft(
            UUID.randomUUID().toString(),
            item.code(),
            item.department().code(),
            item.handlingType(),
            enterpriseId,
            user.username(),
            Channel.ONLINE,
            null,
            write(cleaned),
            now);
    mapper.insert(row);
    audit.record(
        ApplicationAuditAction.DRAFT_CREATED,
        AuditObject.application(row.id()),
        null,
        Map.of("itemCode", item.code(), "formSha256", Sha256.of(row.formJson())));
    return row;
  }

  private JsonNode read(String formJson) {
    try {
      return json.readTree(formJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(JsonNode form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
