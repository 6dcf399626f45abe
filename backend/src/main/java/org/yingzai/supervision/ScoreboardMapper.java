package org.yingzai.supervision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.catalog.Disposition;

/** The public scoreboard's counts, each over our own tables for a period [from, to). */
@Mapper
interface ScoreboardMapper {

  record DispositionCount(Disposition disposition, long proofs) {}

  /** An item's waived proof materials: uploads its every application is spared. */
  record WaivedProofs(String itemCode, long waived) {}

  /** An item's applications submitted in the period, and those taken at a station. */
  record SubmittedItem(String itemCode, long taken, long atStations) {}

  /**
   * Applications finished in the period: all, those neither taken nor delivered in person, the
   * decisions by the promised and the legal deadline, and the approvals of the registration item.
   */
  record FinishedCounts(
      long finished,
      long withoutVisit,
      long decided,
      long byPromised,
      long byLegal,
      long registered) {}

  record Ratings(long ratings, long satisfied) {}

  record Rectifications(long opened, long answered, long answeredInTime) {}

  /** A group's (a department's or a theme's) items with working-day limits, added up. */
  record GroupLimits(String groupCode, String groupName, long items, long legal, long promised) {}

  /**
   * Applications of a group finished after as many working days, with their items' limits added up,
   * from the monthly counts of finished applications.
   */
  record GroupDurations(
      String groupCode, int workingDays, long applications, long legalDays, long promisedDays) {}

  List<GroupLimits> departmentLimits();

  List<GroupLimits> themeLimits();

  List<GroupDurations> departmentDurations(
      @Param("fromMonth") java.time.LocalDate fromMonth,
      @Param("toMonth") java.time.LocalDate toMonth);

  List<GroupDurations> themeDurations(
      @Param("fromMonth") java.time.LocalDate fromMonth,
      @Param("toMonth") java.time.LocalDate toMonth);

  /** A submission and a finish, as days in Asia/Shanghai, with the supplements answered between. */
  record Span(String key, Instant submittedAt, Instant finishedAt, long supplementsAnswered) {}

  /** The finished start-up bundle applications (企业开办) of the period. */
  List<Span> startUpBundles(@Param("from") Instant from, @Param("to") Instant to);

  /** The construction stages finished in the period, key = the stage. */
  List<Span> finishedStages(@Param("from") Instant from, @Param("to") Instant to);

  /**
   * A construction project through its last stage: from its first stage's submission; its
   * submissions are its stages' and the supplements its applications answered.
   */
  record ProjectSpan(String key, Instant submittedAt, Instant finishedAt, long submissions) {}

  List<ProjectSpan> finishedProjects(@Param("from") Instant from, @Param("to") Instant to);

  /** An application behind a figure, as the drill-down lists it. */
  record BehindRow(
      String id,
      String number,
      String itemName,
      String departmentName,
      org.yingzai.applications.Channel channel,
      String stationName,
      org.yingzai.applications.ApplicationStatus status,
      Instant submittedAt,
      Instant finishedAt,
      Instant deadline,
      Instant legalDeadline) {}

  /**
   * The applications a figure counts in the period (its denominator), or with {@code part} those it
   * counts as kept (its numerator); {@code figure} is one of the figure keys the drill-down offers,
   * checked by the caller.
   */
  List<BehindRow> behind(
      @Param("figure") String figure,
      @Param("part") boolean part,
      @Param("itemCode") String itemCode,
      @Param("from") Instant from,
      @Param("to") Instant to,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countBehind(
      @Param("figure") String figure,
      @Param("part") boolean part,
      @Param("itemCode") String itemCode,
      @Param("from") Instant from,
      @Param("to") Instant to);

  /** A closed month's kept counts, with the registration item they were counted with. */
  record MonthRow(String registrationItem, PeriodCounts counts) {}

  MonthRow findMonth(@Param("month") java.time.LocalDate month);

  /** Keeps a month's counts unless it is kept already. */
  int insertMonth(
      @Param("month") java.time.LocalDate month,
      @Param("registrationItem") String registrationItem,
      @Param("counts") PeriodCounts counts,
      @Param("at") Instant at);

  List<DispositionCount> proofsByDisposition();

  List<WaivedProofs> waivedProofsByItem();

  long itemsAtStations();

  List<SubmittedItem> submittedByItem(@Param("from") Instant from, @Param("to") Instant to);

  /** {@code registrationItem} may be null: then nothing is registered. */
  FinishedCounts finishedIn(
      @Param("from") Instant from,
      @Param("to") Instant to,
      @Param("registrationItem") String registrationItem);

  Ratings ratings(@Param("from") Instant from, @Param("to") Instant to);

  Rectifications rectifications(@Param("from") Instant from, @Param("to") Instant to);
}
