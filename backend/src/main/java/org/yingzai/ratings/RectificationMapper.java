package org.yingzai.ratings;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.clock.WarningLevel;

@Mapper
interface RectificationMapper {

  record RectificationRow(
      long id,
      String applicationId,
      String applicationNumber,
      long ratingId,
      String departmentCode,
      String itemCode,
      Instant openedAt,
      RectificationStatus status,
      WarningLevel callBackLevel,
      WarningLevel rectifyLevel,
      Instant calledBackAt,
      String calledBackBy,
      String callBackNote,
      Instant answeredAt,
      String answeredBy,
      String handling,
      RatingLevel ratingLevel,
      String ratingComment,
      Instant ratedAt,
      RatingLevel secondRating) {}

  /** A rectification to insert: the insert sets its generated {@code id}. */
  final class NewRectification {
    Long id;
    final String applicationId;
    final String applicationNumber;
    final long ratingId;
    final String departmentCode;
    final String itemCode;
    final Instant openedAt;

    NewRectification(
        String applicationId,
        String applicationNumber,
        long ratingId,
        String departmentCode,
        String itemCode,
        Instant openedAt) {
      this.applicationId = applicationId;
      this.applicationNumber = applicationNumber;
      this.ratingId = ratingId;
      this.departmentCode = departmentCode;
      this.itemCode = itemCode;
      this.openedAt = openedAt;
    }
  }

  /** Which rectifications a list shows: one department's or all, open ones only or all. */
  record RectificationFilter(String departmentCode, RectificationStatus status, Boolean open) {}

  void insert(NewRectification rectification);

  RectificationRow findById(@Param("id") long id);

  /** Locks the rectification; null when there is none. */
  Boolean lockById(@Param("id") long id);

  RectificationRow findByApplication(@Param("applicationId") String applicationId);

  List<RectificationRow> findPage(
      @Param("filter") RectificationFilter filter,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(@Param("filter") RectificationFilter filter);

  int markCalledBack(
      @Param("id") long id,
      @Param("at") Instant at,
      @Param("by") String by,
      @Param("note") String note);

  int markAnswered(
      @Param("id") long id,
      @Param("at") Instant at,
      @Param("by") String by,
      @Param("handling") String handling);

  int updateCallBackLevel(
      @Param("applicationId") String applicationId, @Param("level") WarningLevel level);

  int updateRectifyLevel(
      @Param("applicationId") String applicationId, @Param("level") WarningLevel level);
}
