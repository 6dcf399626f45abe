package org.yingzai.results;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationAccess;
import org.yingzai.applications.IssuedResult;
import org.yingzai.applications.IssuedResults;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.files.ContentFiles;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The documents as their holders and the staff read them: an application's documents, a download by
 * whoever may see the application (recorded in the audit trail), and an enterprise's own list.
 */
@Service
class Results implements IssuedResults {

  /** A document's file and its name for the download. */
  record DocumentFile(InputStreamSource content, long size, String fileName) {}

  private final ResultMapper mapper;
  private final ApplicationAccess access;
  private final Catalog catalog;
  private final ContentFiles files;
  private final AuditTrail audit;
  private final Clock clock;

  Results(
      ResultMapper mapper,
      ApplicationAccess access,
      Catalog catalog,
      ContentFiles files,
      AuditTrail audit,
      Clock clock) {
    this.mapper = mapper;
    this.access = access;
    this.catalog = catalog;
    this.files = files;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<IssuedResult> of(String applicationId) {
    return mapper.findByApplication(applicationId).stream()
        .map(document -> document.issued(clock.instant()))
        .toList();
  }

  /**
   * The document's PDF, for whoever may see its application.
   *
   * @throws ProblemException {@code 404 APPLICATION_NOT_FOUND} or {@code RESULT_NOT_FOUND}
   */
  @Transactional
  DocumentFile download(String applicationId, String typed) {
    access.visible(applicationId);
    String code = ResultCodes.normalize(typed);
    ResultDocument document = ResultCodes.wellFormed(code) ? mapper.findByCode(code) : null;
    if (document == null || !document.applicationId().equals(applicationId)) {
      throw ProblemException.notFound("RESULT_NOT_FOUND", code);
    }
    audit.record(
        ResultAuditAction.RESULT_DOWNLOADED,
        AuditObject.ofApplication("result", code, applicationId),
        null,
        Map.of("sha256", document.sha256()));
    return new DocumentFile(
        files.source(document.sha256(), document.size()),
        document.size(),
        document.documentNumber().replaceAll("[〔〕]", "-") + ".pdf");
  }

  /** The current enterprise user's documents, newest first; of one kind when given. */
  @Transactional(readOnly = true)
  PageResponse<MyResultResponse> mine(IssuedResult.Kind kind, PageRequest page) {
    long enterpriseId = CurrentUser.get().enterpriseId();
    List<ResultDocument> documents =
        mapper.findByEnterprise(enterpriseId, kind, page.offset(), page.size());
    // the page's items in one read
    Map<String, ServiceItem> items =
        catalog.itemsByCode(documents.stream().map(ResultDocument::itemCode).distinct().toList());
    List<MyResultResponse> content =
        documents.stream()
            .map(
                document ->
                    MyResultResponse.of(
                        document,
                        items.containsKey(document.itemCode())
                            ? items.get(document.itemCode()).name()
                            : document.itemCode(),
                        clock.instant()))
            .toList();
    return PageResponse.read(content, page, () -> mapper.countByEnterprise(enterpriseId, kind));
  }
}
