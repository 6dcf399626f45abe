package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.clock.CalendarMapper.CalendarChangeRow;
import org.yingzai.support.MapperTest;

/** The calendar's tables, shipped data and queries on MariaDB; every test rolls back. */
@MapperTest
class CalendarMapperTest {

  private static final int YEAR = 2031;
  private static final Instant LOADED = Instant.parse("2030-11-12T02:30:00Z");

  @Autowired CalendarMapper mapper;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shipsTheCalendarsOf2025And2026AsPublished() {
    assertThat(mapper.findPublishedYears()).contains(2025, 2026);
    assertThat(mapper.findAllDays())
        .filteredOn(day -> day.day().getYear() == 2025 || day.day().getYear() == 2026)
        .extracting(CalendarDay::day, CalendarDay::kind)
        .containsExactlyElementsOf(
            ShippedCalendar.days().stream()
                .sorted(Comparator.comparing(CalendarDay::day))
                .map(day -> tuple(day.day(), day.kind()))
                .toList());
    assertThat(mapper.findDays(2025)).hasSize(33);
    assertThat(mapper.findDays(2026)).hasSize(39);
  }

  @Test
  void namesTheNoticesAndTheHolidays() {
    CalendarYear y2025 = mapper.findYear(2025).orElseThrow();
    CalendarYear y2026 = mapper.findYear(2026).orElseThrow();

    assertThat(y2025.source()).contains("国办发明电〔2024〕12号");
    assertThat(y2025.publishedOn()).isEqualTo("2024-11-12");
    assertThat(y2026.source()).contains("2026年部分节假日安排");
    assertThat(y2026.publishedOn()).isEqualTo("2025-11-04");
    assertThat(y2026.loadedBy()).isEqualTo("system");
    assertThat(name("2026-02-17")).isEqualTo("春节");
    assertThat(name("2026-02-14")).isEqualTo("春节调休上班");
    assertThat(name("2025-10-08")).isEqualTo("国庆节、中秋节");
    assertThat(name("2026-09-25")).isEqualTo("中秋节");
  }

  @Test
  void theShippedYearsOpenTheAuditTrail() throws Exception {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT year, changed_by, action, source, days_json FROM calendar_change"
                + " WHERE year IN (2025, 2026) AND changed_by = 'system' ORDER BY year");

    assertThat(rows).extracting(row -> row.get("year")).containsExactly(2025, 2026);
    assertThat(rows).extracting(row -> row.get("action")).containsOnly("PUBLISHED");
    JsonNode days2026 = new ObjectMapper().readTree((String) rows.get(1).get("days_json"));
    assertThat(days2026).hasSize(39);
    assertThat(days2026.get(0).toString())
        .isEqualTo("{\"day\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}");
  }

  @Test
  void writesAYearAndItsDays() {
    mapper.insertYear(new CalendarYear(YEAR, "测试通知", LocalDate.of(2030, 11, 12), LOADED, "admin"));
    mapper.insertDays(
        YEAR,
        List.of(
            new CalendarDay(LocalDate.of(2031, 1, 1), DayKind.HOLIDAY, "元旦"),
            new CalendarDay(LocalDate.of(2031, 1, 26), DayKind.WORKDAY, "春节调休上班")));

    assertThat(
            jdbc.queryForMap(
                "SELECT source, published_on, CAST(loaded_at AS CHAR) AS loaded, loaded_by"
                    + " FROM calendar_year WHERE year = ?",
                YEAR))
        .containsEntry("source", "测试通知")
        .containsEntry("published_on", Date.valueOf("2030-11-12"))
        .containsEntry("loaded", "2030-11-12 02:30:00")
        .containsEntry("loaded_by", "admin");
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(day, ' ', year, ' ', kind, ' ', name) FROM calendar_day"
                    + " WHERE year = ? ORDER BY day",
                String.class,
                YEAR))
        .containsExactly("2031-01-01 2031 HOLIDAY 元旦", "2031-01-26 2031 WORKDAY 春节调休上班");
    assertThat(mapper.findYear(YEAR))
        .contains(new CalendarYear(YEAR, "测试通知", LocalDate.of(2030, 11, 12), LOADED, "admin"));
    assertThat(mapper.lockYear(YEAR)).isPresent();
  }

  @Test
  void replacesAndDeletesAYear() {
    mapper.insertYear(new CalendarYear(YEAR, "旧通知", null, LOADED, "admin"));
    mapper.insertDays(
        YEAR, List.of(new CalendarDay(LocalDate.of(2031, 1, 1), DayKind.HOLIDAY, "元旦")));

    Instant later = LOADED.plusSeconds(3600);
    assertThat(mapper.updateYear(new CalendarYear(YEAR, "新通知", null, later, "admin2")))
        .isEqualTo(1);
    assertThat(mapper.deleteDays(YEAR)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT source FROM calendar_year WHERE year = ?", String.class, YEAR))
        .isEqualTo("新通知");
    assertThat(count("SELECT COUNT(*) FROM calendar_day WHERE year = ?")).isZero();

    assertThat(mapper.deleteYear(YEAR)).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM calendar_year WHERE year = ?")).isZero();
    assertThat(mapper.findYear(YEAR)).isEmpty();
    assertThat(mapper.lockYear(YEAR)).isEmpty();
  }

  @Test
  void appendsChangesAndListsThemNewestFirst() {
    mapper.insertChange(new CalendarChangeRow(null, YEAR, "admin", LOADED, "PUBLISHED", "甲", "[]"));
    mapper.insertChange(
        new CalendarChangeRow(
            null,
            YEAR,
            "admin",
            LOADED.plusSeconds(60),
            "REPLACED",
            "乙",
            "[{\"day\":\"2031-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]"));

    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(action, ' ', changed_by, ' ', source, ' ', changed_at)"
                    + " FROM calendar_change WHERE year = ? ORDER BY id",
                String.class,
                YEAR))
        .containsExactly(
            "PUBLISHED admin 甲 2030-11-12 02:30:00", "REPLACED admin 乙 2030-11-12 02:31:00");
    List<CalendarChangeRow> changes = mapper.findChanges(YEAR, 0, 10);
    assertThat(changes)
        .extracting(CalendarChangeRow::action)
        .containsExactly("REPLACED", "PUBLISHED");
    assertThat(changes.get(0).changedAt()).isEqualTo(LOADED.plusSeconds(60));
    assertThat(changes.get(0).daysJson()).contains("元旦");
    assertThat(mapper.findChanges(YEAR, 1, 10))
        .extracting(CalendarChangeRow::source)
        .containsExactly("甲");
    assertThat(mapper.countChanges(YEAR)).isEqualTo(2);
    assertThat(mapper.countChanges(null)).isGreaterThanOrEqualTo(4);
    assertThat(mapper.findChanges(null, 0, 1).get(0).year()).isEqualTo(YEAR);
  }

  @Test
  void refusesAWorkdayOnAWeekday() {
    mapper.insertYear(new CalendarYear(YEAR, "测试", null, LOADED, "admin"));

    assertThatThrownBy(
            () ->
                mapper.insertDays(
                    YEAR,
                    List.of(new CalendarDay(LocalDate.of(2031, 1, 31), DayKind.WORKDAY, "调休"))))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void refusesADayOutsideItsYearOrOfAnUnpublishedYear() {
    mapper.insertYear(new CalendarYear(YEAR, "测试", null, LOADED, "admin"));

    assertThatThrownBy(
            () ->
                mapper.insertDays(
                    YEAR,
                    List.of(new CalendarDay(LocalDate.of(2032, 1, 1), DayKind.HOLIDAY, "元旦"))))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                mapper.insertDays(
                    2033,
                    List.of(new CalendarDay(LocalDate.of(2033, 1, 3), DayKind.HOLIDAY, "元旦"))))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void refusesAnUnknownKindOrAction() {
    mapper.insertYear(new CalendarYear(YEAR, "测试", null, LOADED, "admin"));

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "INSERT INTO calendar_day (day, year, kind, name) VALUES ('2031-01-01', ?,"
                        + " 'OFF', '元旦')",
                    YEAR))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                mapper.insertChange(
                    new CalendarChangeRow(null, YEAR, "admin", LOADED, "EDITED", "甲", "[]")))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void listingTheChangesOfAYearHasAnIndex() {
    Map<String, Object> plan =
        jdbc.queryForMap(
            "EXPLAIN SELECT id FROM calendar_change WHERE year = 2026 ORDER BY id DESC LIMIT 20");

    assertThat(String.valueOf(plan.get("possible_keys"))).contains("ix_calendar_change_year");
  }

  private String name(String day) {
    return jdbc.queryForObject("SELECT name FROM calendar_day WHERE day = ?", String.class, day);
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class, YEAR);
  }
}
