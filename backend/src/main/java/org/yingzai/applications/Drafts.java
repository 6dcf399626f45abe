package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationRequests.CreateApplicationRequest;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.FormField;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.FormJson;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * An enterprise's drafts: created once per Idempotency-Key, their form saved at every step. One
 * collaborator over six: the audit trail, which every write records into.
 */
@Service
class Drafts {

  private final ApplicationMapper mapper;
  private final ApplicationAccess access;
  private final ApplicationViews views;
  private final Catalog catalog;
  private final Idempotency idempotency;
  private final FormJson forms;
  private final MessageSource messages;
  private final Clock clock;
  private final AuditTrail audit;

  Drafts(
      ApplicationMapper mapper,
      ApplicationAccess access,
      ApplicationViews views,
      Catalog catalog,
      Idempotency idempotency,
      FormJson forms,
      MessageSource messages,
      Clock clock,
      AuditTrail audit) {
    this.mapper = mapper;
    this.access = access;
    this.views = views;
    this.catalog = catalog;
    this.idempotency = idempotency;
    this.forms = forms;
    this.messages = messages;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional
  ApplicationResponse create(CreateApplicationRequest request, String idempotencyKey) {
    AuthenticatedUser user = CurrentUser.get();
    String requestHash = Sha256.of(request.itemCode() + "\n" + String.valueOf(request.form()));
    if (idempotencyKey != null) {
      String earlier =
          idempotency.earlier(user, idempotencyKey, Idempotency.Operation.CREATE, requestHash);
      if (earlier != null) {
        return views.current(earlier);
      }
    }
    ServiceItem item = catalog.requireItem(request.itemCode());
    JsonNode form =
        ApplicationForms.clean(
            request.form() == null ? JsonNodeFactory.instance.objectNode() : request.form(),
            item.form(),
            ApplicationForms.Completeness.ANY,
            messages);
    Instant now = clock.instant();
    ApplicationRow row =
        ApplicationRow.draft(
            UUID.randomUUID().toString(),
            item.code(),
            item.department().code(),
            item.handlingType(),
            user.enterpriseId(),
            user.username(),
            Channel.ONLINE,
            null,
            forms.write(form),
            now);
    mapper.insert(row);
    if (idempotencyKey != null) {
      idempotency.remember(
          user, idempotencyKey, Idempotency.Operation.CREATE, requestHash, row.id(), now);
    }
    audit.record(
        ApplicationAuditAction.DRAFT_CREATED,
        AuditObject.application(row.id()),
        null,
        Map.of("itemCode", item.code(), "formSha256", Sha256.of(row.formJson())));
    return views.current(row.id());
  }

  /** A create that lost the race for its Idempotency-Key answers what the winner did. */
  @Transactional(readOnly = true)
  ApplicationResponse replay(String idempotencyKey) {
    return views.current(
        idempotency.winner(CurrentUser.get(), idempotencyKey, Idempotency.Operation.CREATE));
  }

  /**
   * Replaces the form of the caller's draft, checked against its item's form.
   *
   * @throws ProblemException 400 {@code FORM_INVALID} with every bad field in {@code errors}; 413
   *     {@code FORM_TOO_LARGE}
   */
  @Transactional
  ApplicationResponse updateForm(String applicationId, JsonNode form) {
    ApplicationRow row = lockDraft(applicationId);
    save(row, form, catalog.requireItem(row.itemCode()).form());
    return views.current(row.id());
  }

  /**
   * Saves the fields of the caller's draft as the page sends them, keeping the item's other fields
   * as they were; read and written under the draft's lock. Parameters that are not fields of the
   * item's form are not read.
   *
   * @throws ProblemException 400 {@code FORM_INVALID} with every bad field in {@code errors}
   */
  @Transactional
  ApplicationResponse updateFromPage(String applicationId, Map<String, String> sent) {
    ApplicationRow row = lockDraft(applicationId);
    List<FormField> fields = catalog.requireItem(row.itemCode()).form();
    save(row, ApplicationForms.fromPage(sent, forms.read(row.formJson()), fields), fields);
    return views.current(row.id());
  }

  private void save(ApplicationRow row, JsonNode form, List<FormField> fields) {
    ObjectNode cleaned =
        ApplicationForms.clean(
            form, fields, ApplicationForms.Completeness.REQUIRED_FIELDS, messages);
    String json = forms.write(cleaned);
    mapper.updateForm(row.id(), json);
    audit.record(
        ApplicationAuditAction.FORM_CHANGED,
        AuditObject.application(row.id()),
        null,
        Map.of("formSha256", Sha256.of(json)));
  }

  private ApplicationRow lockDraft(String applicationId) {
    ApplicationRow row = access.lockOwned(applicationId);
    if (row.status() != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict("APPLICATION_NOT_DRAFT", row.number(), row.status());
    }
    return row;
  }
}
