package org.yingzai.results;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.applications.IssuedResult;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.files.ContentFiles;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.results.JointResultMapper.JointResultRow;
import org.yingzai.shared.Times;

/**
 * The one joint result of a joint acceptance (联合验收, 国办发〔2019〕11号: 实行限时联合验收, 统一出具验收意见): each
 * department's conclusion on the project in one document with its verification code, issued once
 * per stage when the departments have all concluded.
 */
@Service
public class JointResults {

  private static final Locale DOCUMENTS = Locale.SIMPLIFIED_CHINESE;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /** One department's conclusion in the joint result. */
  public record JointPart(
      String departmentName, String itemName, boolean passed, String documentNumber) {}

  /** A joint result as issued. */
  public record JointResult(
      String code,
      String documentNumber,
      String title,
      boolean passed,
      OffsetDateTime issuedAt,
      String sha256,
      long size) {}

  private final JointResultMapper joint;
  private final ResultMapper results;
  private final Enterprises enterprises;
  private final DocumentPdf pdf;
  private final ContentFiles files;
  private final ResultIssuing issuing;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;
  private final TransactionTemplate numbering;

  JointResults(
      JointResultMapper joint,
      ResultMapper results,
      Enterprises enterprises,
      DocumentPdf pdf,
      ContentFiles files,
      ResultIssuing issuing,
      AuditTrail audit,
      MessageSource messages,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.joint = joint;
    this.results = results;
    this.enterprises = enterprises;
    this.pdf = pdf;
    this.files = files;
    this.issuing = issuing;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.numbering = new TransactionTemplate(transactions);
    this.numbering.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The joint result of the group, once issued. */
  @Transactional(readOnly = true)
  public Optional<JointResult> find(String groupKey) {
    return Optional.ofNullable(joint.findByGroup(groupKey)).map(JointResults::result);
  }

  /**
   * Issues the group's joint result in the caller's transaction, once: a second call answers the
   * first document.
   *
   * @param subject what was accepted, e.g. the project's name
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public JointResult issue(
      String groupKey, long enterpriseId, String subject, List<JointPart> parts) {
    JointResultRow earlier = joint.findByGroup(groupKey);
    if (earlier != null) {
      return result(earlier);
    }
    Enterprise holder = enterprises.requireById(enterpriseId);
    boolean passed = !parts.isEmpty() && parts.stream().allMatch(JointPart::passed);
    Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    LocalDate issuedOn = LocalDate.ofInstant(issuedAt, Times.ZONE);
    String code = ResultCodes.next();
    Long next =
        numbering.execute(
            status -> {
              results.advanceCounter(IssuedResult.Kind.JOINT_ACCEPTANCE, issuedOn.getYear());
              return results.lastCounterValue();
            });
    String number =
        text(
            "result.number.JOINT_ACCEPTANCE",
            String.valueOf(issuedOn.getYear()),
            String.format("%06d", next));
    String title = text("result.title.JOINT_ACCEPTANCE");
    List<String> departments = parts.stream().map(JointPart::departmentName).distinct().toList();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        text(
            "result.joint.body",
            subject,
            String.join(text("result.joint.separator"), departments)));
    paragraphs.add(text(passed ? "result.joint.passed" : "result.joint.notPassed"));
    List<DocumentContent.Fact> facts = new ArrayList<>();
    for (JointPart part : parts) {
      facts.add(
          new DocumentContent.Fact(
              text("result.joint.part", part.departmentName(), part.itemName()),
              text(
                  part.passed() ? "result.joint.partPassed" : "result.joint.partNotPassed",
                  part.documentNumber() == null ? "—" : part.documentNumber())));
    }
    String url = issuing.verifyUrl(code);
    byte[] bytes =
        pdf.render(
            new DocumentContent(
                text("result.joint.issuer"),
                title,
                number,
                text("result.addressee", holder.name(), holder.creditCode()),
                paragraphs,
                facts,
                DATE.format(issuedOn),
                url,
                text("result.verifyNote", code, url)));
    String sha256 = files.store(bytes);
    JointResultRow row =
        new JointResultRow(
            code,
            groupKey,
            number,
            title,
            holder.id(),
            holder.name(),
            holder.creditCode(),
            subject,
            passed,
            issuedAt,
            sha256,
            bytes.length);
    joint.insert(row);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("documentNumber", number);
    change.put("passed", passed);
    change.put("sha256", sha256);
    audit.record(
        ResultAuditAction.RESULT_ISSUED, AuditObject.of("joint-result", code), null, change);
    return result(row);
  }

  /** The PDF of a joint result, read when it is sent and checked against its sha256. */
  public InputStreamSource content(JointResult result) {
    return files.source(result.sha256(), result.size());
  }

  private static JointResult result(JointResultRow row) {
    return new JointResult(
        row.code(),
        row.documentNumber(),
        row.title(),
        row.passed(),
        Times.local(row.issuedAt()),
        row.sha256(),
        row.size());
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, DOCUMENTS);
  }
}
