package org.yingzai.bundles;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.GroupDrafts;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointApplication;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.bundles.BundleApplicationMapper.BundleApplicationRow;
import org.yingzai.catalog.Bundle;
import org.yingzai.catalog.Bundles;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.CurrentUser;
import org.yingzai.processes.ParallelApproval;
import org.yingzai.shared.ProblemException;

/**
 * One submission of a bundle: its items' applications submitted at once, each to its own department
 * on its own path, under one parallel approval process whose clock is the bundle's; and one answer
 * to the supplement notices its departments sent.
 */
@Service
class BundleSubmissions {

  private final BundleApplicationMapper mapper;
  private final BundleAccess access;
  private final Bundles bundles;
  private final BundleForms forms;
  private final JointSubmissions applications;
  private final GroupDrafts groupDrafts;
  private final RuntimeService runtime;
  private final Clock clock;
  private final AuditTrail audit;

  BundleSubmissions(
      BundleApplicationMapper mapper,
      BundleAccess access,
      Bundles bundles,
      BundleForms forms,
      JointSubmissions applications,
      GroupDrafts groupDrafts,
      RuntimeService runtime,
      Clock clock,
      AuditTrail audit) {
    this.mapper = mapper;
    this.access = access;
    this.bundles = bundles;
    this.forms = forms;
    this.applications = applications;
    this.groupDrafts = groupDrafts;
    this.runtime = runtime;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * @throws ProblemException 409 {@code BUNDLE_NOT_DRAFT}; 400 {@code FORM_INVALID} naming the
   *     bundle's fields; 400 {@code JOINT_MATERIALS_MISSING} with every item's gaps in {@code
   *     items}; nothing is saved when refused
   */
  @Transactional
  void submit(String id) {
    BundleApplicationRow row = BundleDrafts.requireDraft(access.lockOwned(id));
    Bundle bundle = bundles.require(row.bundleCode());
    applications.cleanForm(forms.read(row.formJson()), bundle.fields(), true);
    List<String> members = mapper.findMembers(row.id());
    List<JointApplication> submitted = groupDrafts.submitDrafts(members);
    // the items run at once: the bundle's legal limit is its longest item's
    int legal =
        Math.max(
            bundle.promisedLimit(),
            bundle.items().stream().mapToInt(ServiceItem::legalLimit).max().orElse(0));
    Instant now = clock.instant();
    mapper.markSubmitted(
        row.id(), now, CurrentUser.get().username(), bundle.promisedLimit(), legal);
    String key = BundleKey.of(row.id());
    Map<String, Object> variables = new HashMap<>();
    variables.put(ParallelApproval.VAR_GROUP_KEY, key);
    variables.put(ParallelApproval.VAR_NEXT_CHANGE_AT, null);
    ProcessInstance group =
        runtime.startProcessInstanceByKey(ParallelApproval.PROCESS_KEY, key, variables);
    mapper.setProcessInstance(row.id(), group.getId());
    for (ProcessInstance member :
        runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId()).list()) {
      applications.started(member.getBusinessKey(), member.getId());
    }
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("bundleCode", bundle.code());
    change.put("applications", submitted.stream().map(JointApplication::number).toList());
    audit.record(
        BundleAuditAction.BUNDLE_SUBMITTED,
        AuditObject.of("bundle-application", row.id()),
        null,
        change);
  }

  /**
   * Answers, at once, every open supplement notice of the bundle's applications, once the materials
   * each asks for are attached: all or none.
   *
   * @throws ProblemException 409 {@code NO_SUPPLEMENT_REQUESTED} when none is open; 400 {@code
   *     SUPPLEMENT_MATERIALS_MISSING} for a notice whose materials are not all there
   */
  @Transactional
  List<String> answerSupplements(String id, String comment) {
    BundleApplicationRow row = access.lockOwned(id);
    if (row.status() != BundleStatus.IN_PROGRESS) {
      throw ProblemException.conflict("NO_SUPPLEMENT_REQUESTED");
    }
    List<String> asking =
        applications.states(mapper.findMembers(row.id())).values().stream()
            .filter(s -> s.status() == ApplicationStatus.SUPPLEMENT_REQUESTED)
            .map(JointSubmissions.JointState::id)
            .toList();
    if (asking.isEmpty()) {
      throw ProblemException.conflict("NO_SUPPLEMENT_REQUESTED");
    }
    for (String member : asking) {
      groupDrafts.answerSupplement(member, comment);
    }
    audit.record(
        BundleAuditAction.BUNDLE_SUPPLEMENT_ANSWERED,
        AuditObject.of("bundle-application", row.id()),
        null,
        Map.of("applications", asking));
    return asking;
  }
}
