package org.yingzai.bundles;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationResponse;
import org.yingzai.applications.ApplicationResponse.MaterialResponse;
import org.yingzai.applications.ApplicationResponse.SupplementResponse;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.bundles.BundleApplicationMapper.BundleApplicationRow;
import org.yingzai.bundles.BundleApplicationResponse.MaterialState;
import org.yingzai.bundles.BundleApplicationResponse.Member;
import org.yingzai.bundles.BundleApplicationResponse.OpenSupplement;
import org.yingzai.catalog.Bundle;
import org.yingzai.catalog.Bundles;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Times;

/** Bundle applications as their enterprise and supervisors see them. */
@Service
class BundleViews {

  private final BundleApplicationMapper mapper;
  private final BundleAccess access;
  private final Bundles bundles;
  private final BundleForms forms;
  private final ApplicationViews applications;

  BundleViews(
      BundleApplicationMapper mapper,
      BundleAccess access,
      Bundles bundles,
      BundleForms forms,
      ApplicationViews applications) {
    this.mapper = mapper;
    this.access = access;
    this.bundles = bundles;
    this.forms = forms;
    this.applications = applications;
  }

  /** One bundle application the current user may see; 404 otherwise. */
  @Transactional(readOnly = true)
  BundleApplicationResponse get(String id) {
    return view(access.visible(id));
  }

  /** The enterprise's own bundle applications, newest first, without their applications. */
  @Transactional(readOnly = true)
  PageResponse<BundleApplicationResponse> list(PageRequest page) {
    long enterpriseId = CurrentUser.get().enterpriseId();
    List<BundleApplicationResponse> content =
        mapper.findByEnterprise(enterpriseId, page.offset(), page.size()).stream()
            .map(row -> summary(row, bundles.require(row.bundleCode())))
            .toList();
    return PageResponse.read(content, page, () -> mapper.countByEnterprise(enterpriseId));
  }

  private BundleApplicationResponse view(BundleApplicationRow row) {
    Bundle bundle = bundles.require(row.bundleCode());
    List<ApplicationResponse> members =
        mapper.findMembers(row.id()).stream().map(applications::get).toList();
    List<MaterialState> materials = new ArrayList<>();
    for (Bundle.BundleMaterial material : bundle.materials()) {
      boolean attached =
          !material.targets().isEmpty()
              && material.targets().stream().allMatch(t -> has(members, t));
      materials.add(
          new MaterialState(material.code(), material.name(), material.description(), attached));
    }
    List<OpenSupplement> supplements = new ArrayList<>();
    for (ApplicationResponse member : members) {
      for (SupplementResponse notice : member.supplementRequests()) {
        if (notice.answeredAt() == null) {
          supplements.add(
              new OpenSupplement(
                  member.id(),
                  member.itemName(),
                  member.department().name(),
                  notice.comment(),
                  notice.requestedAt(),
                  notice.materials(),
                  bundle.materials().stream()
                      .filter(
                          m ->
                              m.targets().stream()
                                  .anyMatch(
                                      t ->
                                          t.itemCode().equals(member.itemCode())
                                              && notice
                                                  .missingMaterials()
                                                  .contains(t.itemMaterialCode())))
                      .map(Bundle.BundleMaterial::code)
                      .toList()));
        }
      }
    }
    return response(
        row, bundle, materials, members.stream().map(BundleViews::member).toList(), supplements);
  }

  private BundleApplicationResponse summary(BundleApplicationRow row, Bundle bundle) {
    return response(row, bundle, List.of(), List.of(), List.of());
  }

  private BundleApplicationResponse response(
      BundleApplicationRow row,
      Bundle bundle,
      List<MaterialState> materials,
      List<Member> members,
      List<OpenSupplement> supplements) {
    return new BundleApplicationResponse(
        row.id(),
        bundle.code(),
        bundle.name(),
        row.status(),
        row.outcome(),
        row.promisedLimit(),
        row.legalLimit(),
        forms.read(row.formJson()),
        Times.local(row.createdAt()),
        Times.local(row.submittedAt()),
        row.startedOn(),
        Times.local(row.deadline()),
        Times.local(row.legalDeadline()),
        row.warningLevel(),
        row.clockPaused(),
        Times.local(row.finishedAt()),
        materials,
        members,
        supplements);
  }

  private static boolean has(List<ApplicationResponse> members, Bundle.MaterialTarget target) {
    return members.stream()
        .filter(m -> m.itemCode().equals(target.itemCode()))
        .flatMap(m -> m.materials().stream())
        .map(MaterialResponse::materialCode)
        .anyMatch(target.itemMaterialCode()::equals);
  }

  private static Member member(ApplicationResponse a) {
    return new Member(
        a.id(),
        a.number(),
        a.itemCode(),
        a.itemName(),
        a.department().code(),
        a.department().name(),
        a.status(),
        a.deadline(),
        a.warningLevel(),
        a.clockPaused(),
        a.queryCode(),
        a.missingMaterials(),
        a.pendingProofs(),
        a.results());
  }
}
