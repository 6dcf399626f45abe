package org.yingzai.projects;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.IssuedResult;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointState;
import org.yingzai.projects.ProjectMapper.MemberRow;
import org.yingzai.projects.ProjectMapper.UploadRow;

/**
 * What the earlier stages decided, available to the next (国办发〔2019〕11号: 前一阶段的审批结果不再要求申请人 重复提交): a
 * stage material that is an item's result document is taken from the project's approved application
 * of that item, as the document it was issued, instead of an upload.
 */
@Component
class EarlierResults {

  static final String PDF = "application/pdf";

  private final ProjectMapper mapper;
  private final JointSubmissions applications;

  EarlierResults(ProjectMapper mapper, JointSubmissions applications) {
    this.mapper = mapper;
    this.applications = applications;
  }

  /** A stage material the project already has: the result document standing for it. */
  record EarlierResult(String materialCode, IssuedResult result, UploadRow asUpload) {}

  /** The stage's materials that the project's valid approvals of earlier stages give, by code. */
  Map<String, EarlierResult> of(String projectId, StageEntry entry) {
    Map<String, EarlierResult> found = new HashMap<>();
    if (entry.materials().stream().allMatch(m -> m.resultOfItem() == null)) {
      return found;
    }
    List<MemberRow> members = mapper.findMembers(projectId);
    Map<String, JointState> states =
        applications.states(members.stream().map(MemberRow::applicationId).toList());
    for (StageEntry.StageMaterial material : entry.materials()) {
      if (material.resultOfItem() == null) {
        continue;
      }
      for (MemberRow member : members) {
        JointState state = states.get(member.applicationId());
        if (!member.itemCode().equals(material.resultOfItem())
            || state == null
            || state.status() != ApplicationStatus.APPROVED) {
          continue;
        }
        validApproval(member.applicationId())
            .ifPresent(
                result ->
                    found.put(
                        material.code(),
                        new EarlierResult(
                            material.code(),
                            result,
                            new UploadRow(
                                null,
                                projectId,
                                entry.stage(),
                                material.code(),
                                result.documentNumber() + ".pdf",
                                PDF,
                                result.size(),
                                result.sha256(),
                                member.applicationId(),
                                result.issuedAt().toInstant()))));
      }
    }
    return found;
  }

  private Optional<IssuedResult> validApproval(String applicationId) {
    return applications.results(applicationId).stream()
        .filter(r -> r.kind() == IssuedResult.Kind.APPROVAL)
        .filter(r -> r.status() == IssuedResult.Status.VALID)
        .max(Comparator.comparing(IssuedResult::issuedAt));
  }
}
