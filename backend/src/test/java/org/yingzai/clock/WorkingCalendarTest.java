package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.shared.SharedVersions;

/**
 * The calendar answers from memory and reads the database only to load, or to reload once it or its
 * version changed.
 */
class WorkingCalendarTest {

  private final CalendarMapper mapper = mock(CalendarMapper.class);
  private final SharedVersions versions = mock(SharedVersions.class);
  private final WorkingCalendar calendar = new WorkingCalendar(mapper, versions);

  @Test
  void readsTheDatabaseOnceForAnyNumberOfCalls() {
    when(mapper.findPublishedYears()).thenReturn(List.of(2025, 2026));
    when(mapper.findAllDays()).thenReturn(ShippedCalendar.days());

    for (int i = 0; i < 1000; i++) {
      assertThat(calendar.deadline(LocalDate.of(2026, 2, 13), 5, LimitUnit.WORKING_DAYS).day())
          .isEqualTo("2026-02-27");
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
      assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
          .isEqualTo(16);
    }

    verify(mapper, times(1)).findPublishedYears();
    verify(mapper, times(1)).findAllDays();
  }

  @Test
  void seesAChangeOnceReloaded() {
    when(mapper.findPublishedYears()).thenReturn(List.of(2026));
    when(mapper.findAllDays()).thenReturn(ShippedCalendar.days());
    calendar.load();
    assertThat(calendar.isPublished(2031)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 31))).isTrue();

    when(mapper.findPublishedYears()).thenReturn(List.of(2026, 2031));
    when(mapper.findAllDays())
        .thenReturn(List.of(new CalendarDay(LocalDate.of(2031, 1, 31), DayKind.HOLIDAY, "测试")));
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 31))).as("not yet reloaded").isTrue();
    calendar.reload();

    assertThat(calendar.isPublished(2031)).isTrue();
    assertThat(calendar.isPublished(LocalDate.of(2026, 12, 1), LocalDate.of(2031, 1, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 31))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2031, 1, 30), 1)).isEqualTo("2031-02-03");
  }

  @Test
  void reloadsOnceItsVersionMovedOnAnotherNode() {
    when(mapper.findPublishedYears()).thenReturn(List.of(2026));
    when(mapper.findAllDays()).thenReturn(ShippedCalendar.days());
    when(versions.read(SharedVersions.CALENDAR)).thenReturn(7L);
    when(versions.current(SharedVersions.CALENDAR)).thenReturn(7L);
    calendar.load();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 31))).isTrue();

    when(mapper.findPublishedYears()).thenReturn(List.of(2026, 2031));
    when(mapper.findAllDays())
        .thenReturn(List.of(new CalendarDay(LocalDate.of(2031, 1, 31), DayKind.HOLIDAY, "测试")));
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 31))).as("same version").isTrue();
    when(versions.read(SharedVersions.CALENDAR)).thenReturn(8L);
    when(versions.current(SharedVersions.CALENDAR)).thenReturn(8L);

    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 31))).isFalse();
    assertThat(calendar.isPublished(2031)).isTrue();
    verify(mapper, times(2)).findAllDays();
  }
}
