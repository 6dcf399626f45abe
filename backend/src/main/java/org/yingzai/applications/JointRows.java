package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.applications.JointSubmissions.ItemGaps;
import org.yingzai.applications.JointSubmissions.JointApplication;
import org.yingzai.applications.JointSubmissions.JointFile;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.shared.FormJson;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * What submitting applications together and preparing a group's drafts share: a draft inserted with
 * its audit record, a submission marked with its audit record, the refusal that names every item's
 * gaps at once, and the form's JSON.
 */
@Component
class JointRows {

  private final ApplicationMapper mapper;
  private final Catalog catalog;
  private final ApprovalStart approvals;
  private final FormJson json;
  private final MessageSource messages;
  private final AuditTrail audit;

  JointRows(
      ApplicationMapper mapper,
      Catalog catalog,
      ApprovalStart approvals,
      FormJson json,
      MessageSource messages,
      AuditTrail audit) {
    this.mapper = mapper;
    this.catalog = catalog;
    this.approvals = approvals;
    this.json = json;
    this.messages = messages;
    this.audit = audit;
  }

  /**
   * @throws ProblemException 400 {@code JOINT_MATERIALS_MISSING} with every item's gaps in {@code
   *     items}, when there are any
   */
  void requireNoGaps(List<ItemGaps> gaps) {
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

  JointApplication markSubmitted(
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

  ApplicationRow insertDraft(
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

  /** Attaches a kept file to a material of the application. */
  void insertMaterial(String applicationId, JointFile file, String by, Instant at) {
    mapper.insertMaterial(
        new MaterialRow(
            null,
            applicationId,
            file.materialCode(),
            file.fileName(),
            file.contentType(),
            file.size(),
            file.sha256(),
            by,
            at));
  }

  JsonNode read(String formJson) {
    return json.read(formJson);
  }

  String write(JsonNode form) {
    return json.write(form);
  }
}
