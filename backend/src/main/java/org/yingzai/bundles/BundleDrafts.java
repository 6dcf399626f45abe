package org.yingzai.bundles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationResponse;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.applications.GroupDrafts;
import org.yingzai.applications.GroupDrafts.JointDraft;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointFile;
import org.yingzai.applications.MaterialFiles;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.bundles.BundleApplicationMapper.BundleApplicationRow;
import org.yingzai.bundles.BundleRequests.CreateBundleApplicationRequest;
import org.yingzai.catalog.Bundle;
import org.yingzai.catalog.Bundles;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * An enterprise prepares a bundle application: the draft with one draft application per item, the
 * bundle's one form feeding the items' forms, and each of the bundle's materials uploaded once for
 * every item material it stands for (also later, for a supplement notice that asks for it).
 */
@Service
class BundleDrafts {

  private final BundleApplicationMapper mapper;
  private final BundleAccess access;
  private final Bundles bundles;
  private final BundleForms forms;
  private final JointSubmissions applications;
  private final GroupDrafts groupDrafts;
  private final ApplicationViews applicationViews;
  private final MaterialFiles files;
  private final Clock clock;
  private final AuditTrail audit;

  BundleDrafts(
      BundleApplicationMapper mapper,
      BundleAccess access,
      Bundles bundles,
      BundleForms forms,
      JointSubmissions applications,
      GroupDrafts groupDrafts,
      ApplicationViews applicationViews,
      MaterialFiles files,
      Clock clock,
      AuditTrail audit) {
    this.mapper = mapper;
    this.access = access;
    this.bundles = bundles;
    this.forms = forms;
    this.applications = applications;
    this.groupDrafts = groupDrafts;
    this.applicationViews = applicationViews;
    this.files = files;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * @throws ProblemException 404 {@code BUNDLE_NOT_FOUND}; 400 {@code FORM_INVALID}
   */
  @Transactional
  String create(CreateBundleApplicationRequest request) {
    AuthenticatedUser user = CurrentUser.get();
    Bundle bundle = bundles.require(request.bundleCode());
    ObjectNode form =
        applications.cleanForm(
            request.form() == null ? JsonNodeFactory.instance.objectNode() : request.form(),
            bundle.fields(),
            false);
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    mapper.insert(id, bundle.code(), user.enterpriseId(), user.username(), now, forms.write(form));
    List<JointDraft> drafts = new ArrayList<>();
    for (ServiceItem item : bundle.items()) {
      drafts.add(new JointDraft(item.code(), forms.itemForm(bundle, item.code(), form)));
    }
    List<String> members = groupDrafts.createDrafts(user.enterpriseId(), BundleKey.of(id), drafts);
    for (int i = 0; i < members.size(); i++) {
      mapper.insertMember(members.get(i), id, bundle.items().get(i).code(), i + 1);
    }
    audit.record(
        BundleAuditAction.BUNDLE_DRAFT_CREATED,
        AuditObject.of("bundle-application", id),
        null,
        Map.of("bundleCode", bundle.code(), "applications", members));
    return id;
  }

  /**
   * Replaces the bundle's form and feeds it into its items' forms.
   *
   * @throws ProblemException 409 {@code BUNDLE_NOT_DRAFT}; 400 {@code FORM_INVALID}
   */
  @Transactional
  void updateForm(String id, JsonNode sent) {
    BundleApplicationRow row = requireDraft(access.lockOwned(id));
    Bundle bundle = bundles.require(row.bundleCode());
    // as an item's draft: every required field, once the form is saved
    ObjectNode form = applications.cleanForm(sent, bundle.fields(), true);
    String written = forms.write(form);
    mapper.updateForm(row.id(), written);
    List<String> members = mapper.findMembers(row.id());
    for (int i = 0; i < members.size(); i++) {
      groupDrafts.setFields(members.get(i), forms.feed(bundle, bundle.items().get(i).code(), form));
    }
    audit.record(
        BundleAuditAction.BUNDLE_FORM_CHANGED,
        AuditObject.of("bundle-application", row.id()),
        null,
        Map.of("formSha256", Sha256.of(written)));
  }

  /**
   * Keeps one file for a bundle material and attaches it to every item material it stands for: of
   * the drafts, or, once submitted, of the applications whose open supplement notice asks for it.
   *
   * @throws ProblemException 400 {@code BUNDLE_MATERIAL_UNKNOWN}; 409 {@code
   *     BUNDLE_MATERIAL_NOT_ASKED} when no application takes it now; the file checks of every
   *     upload
   */
  @Transactional
  List<String> upload(String id, String materialCode, String fileName, InputStream content) {
    BundleApplicationRow row = access.lockOwned(id);
    Bundle bundle = bundles.require(row.bundleCode());
    Bundle.BundleMaterial material =
        bundle.materials().stream()
            .filter(m -> m.code().equals(materialCode))
            .findFirst()
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "BUNDLE_MATERIAL_UNKNOWN", materialCode, bundle.name()));
    Map<String, String> memberOfItem = new LinkedHashMap<>();
    List<String> members = mapper.findMembers(row.id());
    for (int i = 0; i < members.size(); i++) {
      memberOfItem.put(bundle.items().get(i).code(), members.get(i));
    }
    List<Bundle.MaterialTarget> takers = new ArrayList<>();
    for (Bundle.MaterialTarget target : material.targets()) {
      String member = memberOfItem.get(target.itemCode());
      if (member != null && takes(row, member, target.itemMaterialCode())) {
        takers.add(target);
      }
    }
    if (takers.isEmpty()) {
      throw ProblemException.conflict("BUNDLE_MATERIAL_NOT_ASKED", material.name());
    }
    MaterialFiles.StoredUpload stored = files.storeUpload(fileName, content);
    List<String> attachedTo = new ArrayList<>();
    for (Bundle.MaterialTarget target : takers) {
      String member = memberOfItem.get(target.itemCode());
      groupDrafts.attach(
          member,
          new JointFile(
              target.itemMaterialCode(),
              stored.fileName(),
              stored.file().contentType(),
              stored.file().size(),
              stored.file().sha256()));
      attachedTo.add(member);
    }
    audit.record(
        BundleAuditAction.BUNDLE_MATERIAL_UPLOADED,
        AuditObject.of("bundle-application", row.id()),
        null,
        Map.of(
            "materialCode",
            materialCode,
            "sha256",
            stored.file().sha256(),
            "applications",
            attachedTo));
    return attachedTo;
  }

  /** Whether the member takes the item material now: a draft, or a notice asking for it. */
  private boolean takes(BundleApplicationRow row, String member, String itemMaterialCode) {
    if (row.status() == BundleStatus.DRAFT) {
      return true;
    }
    if (row.status() != BundleStatus.IN_PROGRESS) {
      return false;
    }
    ApplicationResponse application = applicationViews.get(member);
    return application.status() == ApplicationStatus.SUPPLEMENT_REQUESTED
        && application.supplementRequests().stream()
            .anyMatch(
                s -> s.answeredAt() == null && s.missingMaterials().contains(itemMaterialCode));
  }

  static BundleApplicationRow requireDraft(BundleApplicationRow row) {
    if (row.status() != BundleStatus.DRAFT) {
      throw ProblemException.conflict("BUNDLE_NOT_DRAFT", row.status());
    }
    return row;
  }
}
