package org.yingzai.bundles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.clock.WarningLevel;

@Mapper
interface BundleApplicationMapper {

  record BundleApplicationRow(
      String id,
      String bundleCode,
      long enterpriseId,
      String createdBy,
      Instant createdAt,
      BundleStatus status,
      String formJson,
      Instant submittedAt,
      String submittedBy,
      Integer promisedLimit,
      Integer legalLimit,
      LocalDate startedOn,
      Instant deadline,
      Instant legalDeadline,
      WarningLevel warningLevel,
      boolean clockPaused,
      Instant finishedAt,
      BundleOutcome outcome,
      String processInstanceId) {}

  void insert(
      @Param("id") String id,
      @Param("bundleCode") String bundleCode,
      @Param("enterpriseId") long enterpriseId,
      @Param("createdBy") String createdBy,
      @Param("createdAt") Instant createdAt,
      @Param("formJson") String formJson);

  BundleApplicationRow findById(@Param("id") String id);

  BundleApplicationRow lockById(@Param("id") String id);

  List<BundleApplicationRow> findByEnterprise(
      @Param("enterpriseId") long enterpriseId,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countByEnterprise(@Param("enterpriseId") long enterpriseId);

  void insertMember(
      @Param("applicationId") String applicationId,
      @Param("bundleApplicationId") String bundleApplicationId,
      @Param("itemCode") String itemCode,
      @Param("position") int position);

  List<String> findMembers(@Param("bundleApplicationId") String bundleApplicationId);

  String findBundleOf(@Param("applicationId") String applicationId);

  int updateForm(@Param("id") String id, @Param("formJson") String formJson);

  int markSubmitted(
      @Param("id") String id,
      @Param("at") Instant at,
      @Param("by") String by,
      @Param("promisedLimit") int promisedLimit,
      @Param("legalLimit") int legalLimit);

  int setProcessInstance(
      @Param("id") String id, @Param("processInstanceId") String processInstanceId);

  int updateClock(
      @Param("id") String id,
      @Param("startedOn") LocalDate startedOn,
      @Param("deadline") Instant deadline,
      @Param("legalDeadline") Instant legalDeadline,
      @Param("warningLevel") WarningLevel warningLevel,
      @Param("paused") boolean paused);

  int markFinished(
      @Param("id") String id, @Param("at") Instant at, @Param("outcome") BundleOutcome outcome);
}
