package org.yingzai.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ApplicationMapper {

  record ApplicationRow(
      String id,
      String number,
      String itemCode,
      String departmentCode,
      String handlingType,
      Long enterpriseId,
      String applicantUsername,
      Channel channel,
      ApplicationStatus status,
      String formJson,
      String processInstanceId,
      Instant createdAt,
      Instant submittedAt,
      Instant acceptedAt,
      Instant finishedAt,
      Instant deadline,
      String warningLevel,
      Boolean clockPaused,
      Instant legalDeadline,
      Instant clockPausedAt,
      String queryCode) {

    /** A new draft: no number, no process, no clock yet. */
    static ApplicationRow draft(
        String id,
        String itemCode,
        String departmentCode,
        String handlingType,
        long enterpriseId,
        String applicantUsername,
        Channel channel,
        String formJson,
        Instant createdAt) {
      return new ApplicationRow(
          id,
          null,
          itemCode,
          departmentCode,
          handlingType,
          enterpriseId,
          applicantUsername,
          channel,
          ApplicationStatus.DRAFT,
          formJson,
          null,
          createdAt,
          null,
          null,
          null,
          null,
          null,
          false,
          null,
          null,
          null);
    }
  }

  /** One row of a list page, with the names its enterprise and item go by. */
  record ListRow(
      String id,
      String number,
      String itemCode,
      String itemName,
      String departmentCode,
      String enterpriseCreditCode,
      String enterpriseName,
      ApplicationStatus status,
      Instant createdAt,
      Instant submittedAt,
      Instant acceptedAt,
      Instant deadline,
      Instant legalDeadline,
      String warningLevel,
      Boolean clockPaused) {}

  record MaterialRow(
      Long id,
      String applicationId,
      String materialCode,
      String fileName,
      String contentType,
      Long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {}

  record SupplementRow(
      Long id,
      String applicationId,
      String step,
      String requestedBy,
      Instant requestedAt,
      String comment,
      Long materialWatermark,
      String answeredBy,
      Instant answeredAt,
      String answerComment,
      String materialCodes) {}

  record TimelineRow(
      Long id,
      String applicationId,
      Instant at,
      String step,
      String action,
      String actor,
      String actorName,
      String comment,
      String specialProcedure,
      Integer days) {}

  record IdempotencyRow(
      String username,
      String idempotencyKey,
      String operation,
      String requestHash,
      String applicationId,
      Instant createdAt) {}

  /** Who may see which applications, and the API's list filters. */
  record Scope(
      Long enterpriseId,
      String departmentCode,
      boolean includeDrafts,
      String status,
      String warningLevel,
      String itemCode) {}

  void insert(ApplicationRow row);

  ApplicationRow findById(@Param("id") String id);

  ApplicationRow lockById(@Param("id") String id);

  int markSubmitted(
      @Param("id") String id,
      @Param("number") String number,
      @Param("queryCode") String queryCode,
      @Param("at") Instant at);

  /** The submitted application with this number, for the public progress query. */
  ApplicationRow findByNumber(@Param("number") String number);

  int setProcessInstance(
      @Param("id") String id, @Param("processInstanceId") String processInstanceId);

  int updateStatus(@Param("id") String id, @Param("status") ApplicationStatus status);

  int updateForm(@Param("id") String id, @Param("formJson") String formJson);

  int markAccepted(@Param("id") String id, @Param("at") Instant at);

  /** Copies the clock's deadlines and pause; {@code pausedAt} is null while it runs. */
  int updateClock(
      @Param("id") String id,
      @Param("deadline") Instant deadline,
      @Param("legalDeadline") Instant legalDeadline,
      @Param("paused") boolean paused,
      @Param("pausedAt") Instant pausedAt);

  /**
   * Running or paused applications accepted before the legal deadline was copied onto the
   * application, after {@code after} in id order, a page at a time.
   */
  List<String> findWithoutLegalDeadline(@Param("after") String after, @Param("limit") int limit);

  int updateWarningLevel(@Param("id") String id, @Param("level") String level);

  int markFinished(
      @Param("id") String id, @Param("status") ApplicationStatus status, @Param("at") Instant at);

  List<ListRow> findPage(
      @Param("scope") Scope scope, @Param("offset") long offset, @Param("limit") int limit);

  long count(@Param("scope") Scope scope);

  int nextDailySequence(@Param("day") LocalDate day);

  @Select("SELECT LAST_INSERT_ID()")
  long lastInsertId();

  void insertMaterial(MaterialRow row);

  List<MaterialRow> findMaterials(@Param("applicationId") String applicationId);

  MaterialRow findMaterial(@Param("applicationId") String applicationId, @Param("id") long id);

  long maxMaterialId(@Param("applicationId") String applicationId);

  void insertSupplement(SupplementRow row);

  void insertSupplementMaterial(@Param("requestId") long requestId, @Param("code") String code);

  List<SupplementRow> findSupplements(@Param("applicationId") String applicationId);

  int answerSupplement(
      @Param("id") long id,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("comment") String comment);

  void insertTimeline(TimelineRow row);

  List<TimelineRow> findTimeline(@Param("applicationId") String applicationId);

  int insertIdempotency(IdempotencyRow row);

  IdempotencyRow findIdempotency(
      @Param("username") String username,
      @Param("key") String key,
      @Param("operation") String operation);
}
