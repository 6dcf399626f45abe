package org.yingzai.results;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.applications.ApplicationDecided;
import org.yingzai.applications.ApplicationFacts;
import org.yingzai.applications.ApplicationNotAccepted;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationRevoked;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.IssuedResult;
import org.yingzai.applications.MaterialPromises;
import org.yingzai.applications.PromisedMaterialsSupplied;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.FormField;
import org.yingzai.catalog.ResultTemplate;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.files.ContentFiles;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.Times;

/**
 * Issues the document of every decision in the transaction that makes it, so that no decision is
 * without its document: an approval's licence or decision, a denial's 不予许可决定书 and a
 * non-acceptance's 不予受理通知书, each stating the reasons and the remedies (行政许可法 §38, §32). A revoked
 * approval's document is marked revoked.
 */
@Service
class ResultIssuing {

  /** Documents are issued in the service hall's first language. */
  private static final Locale DOCUMENTS = Locale.SIMPLIFIED_CHINESE;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final ResultMapper mapper;
  private final ApplicationProgress applications;
  private final Catalog catalog;
  private final Enterprises enterprises;
  private final DocumentPdf pdf;
  private final ContentFiles files;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;
  private final TransactionTemplate numbering;
  private final ApplicationEventPublisher events;
  private final String publicUrl;
  private final MaterialPromises promises;

  ResultIssuing(
      ResultMapper mapper,
      ApplicationProgress applications,
      Catalog catalog,
      Enterprises enterprises,
      DocumentPdf pdf,
      ContentFiles files,
      AuditTrail audit,
      MessageSource messages,
      Clock clock,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events,
      @Value("${yingzai.public-url}") String publicUrl,
      MaterialPromises promises) {
    this.promises = promises;
    this.mapper = mapper;
    this.applications = applications;
    this.catalog = catalog;
    this.enterprises = enterprises;
    this.pdf = pdf;
    this.files = files;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.numbering = new TransactionTemplate(transactions);
    this.numbering.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.events = events;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  @EventListener
  void on(ApplicationDecided decided) {
    IssuedResult.Kind kind =
        decided.status() == ApplicationStatus.APPROVED
            ? IssuedResult.Kind.APPROVAL
            : IssuedResult.Kind.DENIAL;
    if (kind == IssuedResult.Kind.APPROVAL && promises.withholdsResult(decided.applicationId())) {
      // 容缺受理: the approval's document waits for the materials promised at acceptance
      audit.record(
          ResultAuditAction.RESULT_WITHHELD,
          AuditObject.application(decided.applicationId()),
          null,
          Map.of("applicationId", decided.applicationId()));
      return;
    }
    issue(decided.applicationId(), kind, decided.comment());
  }

  /**
   * The materials an approved application was accepted without are all in: issue its result, before
   * anything that reads the results of the same event (a joint acceptance).
   */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void on(PromisedMaterialsSupplied supplied) {
    if (mapper.findByApplication(supplied.applicationId()).isEmpty()) {
      issue(supplied.applicationId(), IssuedResult.Kind.APPROVAL, null);
    }
  }

  @EventListener
  void on(ApplicationNotAccepted refused) {
    issue(refused.applicationId(), IssuedResult.Kind.NON_ACCEPTANCE, refused.reason());
  }

  @EventListener
  void on(ApplicationRevoked revoked) {
    int count = mapper.revoke(revoked.applicationId(), now(), revoked.reason());
    if (count > 0) {
      audit.record(
          ResultAuditAction.RESULT_REVOKED,
          AuditObject.application(revoked.applicationId()),
          revoked.reason(),
          Map.of("applicationId", revoked.applicationId()));
    }
  }

  private void issue(String applicationId, IssuedResult.Kind kind, String reason) {
    ApplicationFacts application = applications.facts(applicationId);
    ServiceItem item = catalog.requireItem(application.itemCode());
    Enterprise holder = enterprises.requireById(application.enterpriseId());
    ResultTemplate template =
        kind == IssuedResult.Kind.APPROVAL
            ? catalog.resultTemplate(item.code())
            : ResultTemplate.standardDecision();
    Instant issuedAt = now();
    LocalDate issuedOn = LocalDate.ofInstant(issuedAt, Times.ZONE);
    LocalDate validUntil =
        kind == IssuedResult.Kind.APPROVAL && template.validityMonths() != null
            ? issuedOn.plusMonths(template.validityMonths()).minusDays(1)
            : null;
    String title =
        kind == IssuedResult.Kind.APPROVAL ? template.title() : text("result.title." + kind);
    String code = ResultCodes.next();
    String number = nextNumber(kind, issuedOn.getYear());

    DocumentContent content =
        new DocumentContent(
            item.department().name(),
            title,
            number,
            text("result.addressee", holder.name(), holder.creditCode()),
            paragraphs(kind, template, application, item, reason),
            facts(kind, template, application, validUntil),
            DATE.format(issuedOn),
            verifyUrl(code),
            text("result.verifyNote", code, verifyUrl(code)));
    byte[] bytes = pdf.render(content);
    String sha256 = files.store(bytes);
    ResultDocument document =
        new ResultDocument(
            code,
            applicationId,
            kind,
            number,
            title,
            holder.id(),
            holder.name(),
            holder.creditCode(),
            item.code(),
            item.department().code(),
            issuedAt,
            validUntil,
            null,
            null,
            sha256,
            bytes.length);
    mapper.insert(document);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("kind", kind);
    change.put("documentNumber", number);
    change.put("sha256", sha256);
    change.put("validUntil", validUntil);
    audit.record(
        ResultAuditAction.RESULT_ISSUED,
        AuditObject.ofApplication("result", code, applicationId),
        null,
        change);
    // told after the document exists, so that its notice can name and attach it
    events.publishEvent(
        new ResultIssued(
            applicationId, kind, code, number, title, holder.id(), verifyUrl(code), sha256));
  }

  String verifyUrl(String code) {
    return publicUrl + "/verify/" + code;
  }

  private List<String> paragraphs(
      IssuedResult.Kind kind,
      ResultTemplate template,
      ApplicationFacts application,
      ServiceItem item,
      String reason) {
    String submitted =
        application.submittedAt() == null
            ? ""
            : DATE.format(LocalDate.ofInstant(application.submittedAt(), Times.ZONE));
    List<String> paragraphs = new ArrayList<>();
    switch (kind) {
      case APPROVAL -> {
        String key =
            template.documentKind() == ResultTemplate.DocumentKind.LICENCE
                ? "result.body.LICENCE"
                : "result.body.APPROVAL";
        paragraphs.add(text(key, submitted, item.name(), application.number(), template.title()));
      }
      case DENIAL, NON_ACCEPTANCE -> {
        paragraphs.add(
            text(
                "result.body." + kind,
                submitted,
                item.name(),
                application.number(),
                reasons(reason)));
        paragraphs.add(text("result.remedies." + kind));
      }
    }
    return paragraphs;
  }

  private List<DocumentContent.Fact> facts(
      IssuedResult.Kind kind,
      ResultTemplate template,
      ApplicationFacts application,
      LocalDate validUntil) {
    List<DocumentContent.Fact> facts = new ArrayList<>();
    if (kind != IssuedResult.Kind.APPROVAL) {
      return facts;
    }
    for (FormField field : template.fields()) {
      String value = application.form().get(field.name());
      if (value != null && !value.isBlank()) {
        facts.add(new DocumentContent.Fact(label(field), value));
      }
    }
    facts.add(
        new DocumentContent.Fact(text("result.fact.applicationNumber"), application.number()));
    facts.add(
        new DocumentContent.Fact(
            text("result.fact.validUntil"),
            validUntil == null ? text("result.fact.noLimit") : DATE.format(validUntil)));
    return facts;
  }

  private String label(FormField field) {
    return field.label() != null
        ? field.label()
        : messages.getMessage("app.form.field." + field.name(), null, field.name(), DOCUMENTS);
  }

  /** The officer's words as one clause: trailing full stops are the document's own. */
  private static String reasons(String reason) {
    String text = reason == null ? "" : reason.strip();
    while (!text.isEmpty() && "。.；;".indexOf(text.charAt(text.length() - 1)) >= 0) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  /**
   * The next document number, taken in a short transaction of its own, so that decisions of the
   * same kind do not queue behind each other's rendering and commit. A decision that then fails
   * leaves its number unused.
   */
  private String nextNumber(IssuedResult.Kind kind, int year) {
    Long next =
        numbering.execute(
            status -> {
              mapper.advanceCounter(kind, year);
              return mapper.lastCounterValue();
            });
    return text("result.number." + kind, String.valueOf(year), String.format("%06d", next));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, DOCUMENTS);
  }

  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }
}
