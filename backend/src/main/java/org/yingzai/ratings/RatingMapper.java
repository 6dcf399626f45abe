package org.yingzai.ratings;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.applications.Step;

@Mapper
interface RatingMapper {

  record RatingRow(
      long id,
      String applicationId,
      int round,
      long enterpriseId,
      String ratedBy,
      RatingLevel level,
      String comment,
      String departmentCode,
      String itemCode,
      Instant ratedAt) {}

  /** A rating to insert: the insert sets its generated {@code id}. */
  final class NewRating {
    Long id;
    final String applicationId;
    final int round;
    final long enterpriseId;
    final String ratedBy;
    final RatingLevel level;
    final String comment;
    final String departmentCode;
    final String itemCode;
    final Instant ratedAt;

    NewRating(
        String applicationId,
        int round,
        long enterpriseId,
        String ratedBy,
        RatingLevel level,
        String comment,
        String departmentCode,
        String itemCode,
        Instant ratedAt) {
      this.applicationId = applicationId;
      this.round = round;
      this.enterpriseId = enterpriseId;
      this.ratedBy = ratedBy;
      this.level = level;
      this.comment = comment;
      this.departmentCode = departmentCode;
      this.itemCode = itemCode;
      this.ratedAt = ratedAt;
    }
  }

  record StepRow(long ratingId, Step step, String officer, RatingLevel level) {}

  /** Counts by level of one group (a department, an item or an officer). */
  record CountRow(String groupKey, RatingLevel level, long count) {}

  void insert(NewRating rating);

  void insertSteps(@Param("steps") List<StepRow> steps);

  List<RatingRow> findByApplication(@Param("applicationId") String applicationId);

  List<StepRow> findSteps(@Param("applicationId") String applicationId);

  /** Ratings by level per department or item ({@code by}) rated in [from, to). */
  List<CountRow> countBy(
      @Param("by") String by, @Param("from") Instant from, @Param("to") Instant to);

  /** Step ratings by level per officer, of ratings made in [from, to). */
  List<CountRow> countByOfficer(@Param("from") Instant from, @Param("to") Instant to);
}
