package org.yingzai.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.yingzai.catalog.HandlingType;
import org.yingzai.clock.WarningLevel;

@Mapper
interface ApplicationMapper {

  record ApplicationRow(
      String id,
      String number,
      String itemCode,
      String departmentCode,
      HandlingType handlingType,
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
      WarningLevel warningLevel,
      Boolean clockPaused,
      Instant legalDeadline,
      Instant clockPausedAt,
      String queryCode,
      String stationCode,
      ResultDelivery resultDelivery,
      String jointGroup) {

    /** The row as other modules are told of it. */
    SummaryRow summary() {
      return new SummaryRow(
          id,
          number,
          itemCode,
          departmentCode,
          enterpriseId,
          handlingType,
          status,
          processInstanceId);
    }

    /**
     * A new draft: no number, no process, no clock yet.
     *
     * @param stationCode where it is taken in person; {@code null} online
     */
    static ApplicationRow draft(
        String id,
        String itemCode,
        String departmentCode,
        HandlingType handlingType,
        long enterpriseId,
        String applicantUsername,
        Channel channel,
        String stationCode,
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
          null,
          stationCode,
          ResultDelivery.ONLINE,
          null);
    }

    /** Whether it is taken in person at the hall or a station, not online. */
    boolean inPerson() {
      return channel != Channel.ONLINE;
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
      WarningLevel warningLevel,
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
      Step step,
      String requestedBy,
      Instant requestedAt,
      String comment,
      Long materialWatermark,
      String answeredBy,
      Instant answeredAt,
      String answerComment,
      String materialCodes) {

    /**
     * A new notice, not yet answered; its materials are rows of their own.
     *
     * @param materialWatermark the newest material id when it was asked: later uploads answer it
     */
    static SupplementRow request(
        String applicationId,
        Step step,
        String requestedBy,
        Instant requestedAt,
        String comment,
        long materialWatermark) {
      return new SupplementRow(
          null,
          applicationId,
          step,
          requestedBy,
          requestedAt,
          comment,
          materialWatermark,
          null,
          null,
          null,
          null);
    }
  }

  record TimelineRow(
      Long id,
      String applicationId,
      Instant at,
      Step step,
      String action,
      String actor,
      String actorName,
      String comment,
      String specialProcedure,
      Integer days) {}

  record IdempotencyRow(
      String username,
      String idempotencyKey,
      Idempotency.Operation operation,
      String requestHash,
      String applicationId,
      Instant createdAt) {}

  /** Who may see which applications, and the API's list filters. */
  record Scope(
      Long enterpriseId,
      String departmentCode,
      String stationCode,
      boolean includeDrafts,
      ApplicationStatus status,
      WarningLevel warningLevel,
      String itemCode) {

    /** An enterprise's own applications, drafts included. */
    static Scope ofEnterprise(Long enterpriseId) {
      return new Scope(enterpriseId, null, null, true, null, null, null);
    }

    /** The submitted applications of one department. */
    static Scope ofDepartment(String departmentCode) {
      return new Scope(null, departmentCode, null, false, null, null, null);
    }

    /** The applications taken at one station, drafts included. */
    static Scope ofStation(String stationCode) {
      return new Scope(null, null, stationCode, true, null, null, null);
    }

    /** Every submitted application. */
    static Scope submitted() {
      return new Scope(null, null, null, false, null, null, null);
    }

    /** This scope narrowed by the list's filters; a {@code null} filter narrows nothing. */
    Scope filtered(ApplicationStatus status, WarningLevel warningLevel, String itemCode) {
      return new Scope(
          enterpriseId, departmentCode, stationCode, includeDrafts, status, warningLevel, itemCode);
    }
  }

  void insert(ApplicationRow row);

  ApplicationRow findById(@Param("id") String id);

  ApplicationRow lockById(@Param("id") String id);

  /** What other modules are told of an application: its row without the form. */
  record SummaryRow(
      String id,
      String number,
      String itemCode,
      String departmentCode,
      long enterpriseId,
      HandlingType handlingType,
      ApplicationStatus status,
      String processInstanceId) {}

  SummaryRow findSummaryById(@Param("id") String id);

  SummaryRow lockSummaryById(@Param("id") String id);

  int markGreenChannel(@Param("id") String id);

  int setJointGroup(@Param("id") String id, @Param("jointGroup") String jointGroup);

  /** The rows of these applications, in no order; {@code ids} must not be empty. */
  List<ApplicationRow> findByIds(@Param("ids") Collection<String> ids);

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

  int updateWarningLevel(@Param("id") String id, @Param("level") WarningLevel level);

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

  /** The materials a notice asks for, in one statement; {@code codes} must not be empty. */
  void insertSupplementMaterials(
      @Param("requestId") long requestId, @Param("codes") Collection<String> codes);

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
      @Param("operation") Idempotency.Operation operation);
}
