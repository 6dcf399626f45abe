package org.yingzai.clock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {

  /** One entry of the calendar's audit trail; {@code daysJson} is a JSON array of the days. */
  record CalendarChangeRow(
      Long id,
      int year,
      String changedBy,
      Instant changedAt,
      String action,
      String source,
      String daysJson) {}

  List<Integer> findPublishedYears();

  List<CalendarYear> findYears();

  Optional<CalendarYear> findYear(@Param("year") int year);

  /** The year's row, locked until the transaction ends; empty when the year is not published. */
  Optional<CalendarYear> lockYear(@Param("year") int year);

  List<CalendarDay> findAllDays();

  List<CalendarDay> findDays(@Param("year") int year);

  void insertYear(CalendarYear year);

  int updateYear(CalendarYear year);

  int deleteYear(@Param("year") int year);

  int deleteDays(@Param("year") int year);

  void insertDays(@Param("year") int year, @Param("days") List<CalendarDay> days);

  void insertChange(CalendarChangeRow change);

  /** The changes, newest first; of one year when {@code year} is given. */
  List<CalendarChangeRow> findChanges(
      @Param("year") Integer year, @Param("offset") long offset, @Param("limit") int limit);

  long countChanges(@Param("year") Integer year);
}
