package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.JointSubmissions.ItemGaps;
import org.yingzai.applications.JointSubmissions.JointApplication;
import org.yingzai.applications.JointSubmissions.JointFile;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * A group's drafts (a bundle's): one draft per item made at once and marked as the group's, their
 * forms and materials set while they are drafts, all submitted at once or none, and a supplement of
 * one of them answered from the group. Their approval processes are the caller's to start.
 */
@Service
public class GroupDrafts {

  private final ApplicationMapper mapper;
  private final Catalog catalog;
  private final MissingMaterials missingMaterials;
  private final JointRows rows;
  private final MessageSource messages;
  private final Clock clock;
  private final AuditTrail audit;
  private final SupplementAnswers supplements;

  GroupDrafts(
      ApplicationMapper mapper,
      Catalog catalog,
      MissingMaterials missingMaterials,
      JointRows rows,
      MessageSource messages,
      Clock clock,
      AuditTrail audit,
      SupplementAnswers supplements) {
    this.mapper = mapper;
    this.catalog = catalog;
    this.missingMaterials = missingMaterials;
    this.rows = rows;
    this.messages = messages;
    this.clock = clock;
    this.audit = audit;
    this.supplements = supplements;
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
          rows.insertDraft(
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
    ObjectNode form = (ObjectNode) rows.read(row.formJson());
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
        rows.write(
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
    rows.insertMaterial(row.id(), file, user.username(), clock.instant());
    audit.record(
        ApplicationAuditAction.MATERIAL_UPLOADED,
        AuditObject.application(row.id()),
        null,
        Map.of("materialCode", file.materialCode(), "sha256", file.sha256(), "size", file.size()));
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
    List<ApplicationRow> drafts = new ArrayList<>();
    List<ProofContext> contexts = new ArrayList<>();
    List<ItemGaps> gaps = new ArrayList<>();
    for (String id : applicationIds) {
      ApplicationRow row = lockJointDraft(id);
      ServiceItem item = catalog.requireItem(row.itemCode());
      ProofContext context = MissingMaterials.context(row, item, mapper.findMaterials(row.id()));
      ApplicationForms.clean(
          rows.read(row.formJson()),
          item.form(),
          ApplicationForms.Completeness.REQUIRED_FIELDS,
          messages);
      Outstanding outstanding = missingMaterials.ofDraft(context);
      if (!outstanding.isEmpty()) {
        gaps.add(new ItemGaps(row.itemCode(), outstanding.missing(), outstanding.pending()));
      }
      drafts.add(row);
      contexts.add(context);
    }
    rows.requireNoGaps(gaps);
    List<JointApplication> submitted = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      submitted.add(rows.markSubmitted(drafts.get(i), contexts.get(i), user, now));
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
}
