package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.FormField;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/**
 * Several applications of one enterprise made and submitted by one submission (a construction
 * project's stage; a bundle's drafts are prepared and submitted by {@link GroupDrafts}): one per
 * item, each for its own department on its item's approval path and clock. The caller starts their
 * approval processes (together, as one parallel process) and says which instance each got, and
 * reads where each stands. Nothing is half-saved: a gap in any of them refuses all.
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
  private final JointRows rows;
  private final MessageSource messages;
  private final Clock clock;
  private final MaterialPromises promises;
  private final IssuedResults results;

  JointSubmissions(
      ApplicationMapper mapper,
      Catalog catalog,
      MissingMaterials missingMaterials,
      ApprovalStart approvals,
      JointRows rows,
      MessageSource messages,
      Clock clock,
      MaterialPromises promises,
      IssuedResults results) {
    this.mapper = mapper;
    this.catalog = catalog;
    this.missingMaterials = missingMaterials;
    this.approvals = approvals;
    this.rows = rows;
    this.messages = messages;
    this.clock = clock;
    this.promises = promises;
    this.results = results;
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
    List<ApplicationRow> drafts = new ArrayList<>();
    List<ProofContext> contexts = new ArrayList<>();
    List<ItemGaps> gaps = new ArrayList<>();
    for (JointItem item : items) {
      ServiceItem serviceItem = catalog.requireItem(item.itemCode());
      ApplicationRow row = draft(serviceItem, item.form(), enterpriseId, user, now);
      if (greenChannel) {
        mapper.markGreenChannel(row.id());
      }
      for (JointFile file : item.files()) {
        rows.insertMaterial(row.id(), file, user.username(), now);
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
      drafts.add(row);
      contexts.add(context);
    }
    rows.requireNoGaps(gaps);
    List<JointApplication> submitted = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      ApplicationRow row = drafts.get(i);
      JointApplication application = rows.markSubmitted(row, contexts.get(i), user, now);
      promises.promise(row, contexts.get(i).item(), items.get(i).promisedMaterials(), user);
      submitted.add(application);
    }
    return List.copyOf(submitted);
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
    return rows.insertDraft(
        item,
        ApplicationForms.clean(
            form, item.form(), ApplicationForms.Completeness.REQUIRED_FIELDS, messages),
        enterpriseId,
        user,
        now);
  }
}
