package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.HandlingType;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.catalog.Theme;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.projects.ProjectStatistics;
import org.yingzai.shared.ProblemException;
import org.yingzai.supervision.OverviewResponse.DepartmentLoad;
import org.yingzai.supervision.OverviewResponse.ItemTiming;
import org.yingzai.supervision.StatisticsMapper.DepartmentCount;
import org.yingzai.supervision.StatisticsMapper.DurationCount;
import org.yingzai.supervision.StatisticsMapper.Filter;
import org.yingzai.supervision.StatisticsMapper.OpenCount;

/**
 * The timing board's figures from the counts: open work by level and department, the overdue by
 * either deadline, the on-time rate and each item's time used against its limits.
 */
class OverviewRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  private static final Department PLANNING = new Department("planning", "规划建设局");
  private static final Department MARKET = new Department("market", "市场监管局");

  private final StatisticsMapper statistics = mock(StatisticsMapper.class);
  private final Catalog catalog = mock(Catalog.class);
  private final Departments departments = mock(Departments.class);
  private final ProjectStatistics projects = mock(ProjectStatistics.class);
  private final OverviewService overview =
      new OverviewService(
          statistics, catalog, departments, Clock.fixed(NOW, ZoneOffset.UTC), projects);

  private static ServiceItem item(String code, Department department, int legal, int promised) {
    return new ServiceItem(
        code,
        "事项" + code,
        department,
        Theme.INVESTMENT_CONSTRUCTION,
        HandlingType.COMMITTED,
        LimitUnit.WORKING_DAYS,
        legal,
        promised,
        10,
        "standardApproval",
        null,
        List.of(),
        List.of());
  }

  private OverviewResponse board() {
    return overview.overview(null, null, null, null);
  }

  @Test
  void openWorkIsCountedByLevelAndDepartmentAndNotYetAcceptedApartFromTheLevels() {
    when(statistics.countOpen(any()))
        .thenReturn(
            List.of(
                new OpenCount("planning", WarningLevel.GREEN, 3),
                new OpenCount("planning", WarningLevel.RED, 2),
                new OpenCount("planning", null, 4),
                new OpenCount("market", WarningLevel.YELLOW, 1)));
    when(departments.findAll()).thenReturn(List.of(MARKET, PLANNING));

    OverviewResponse board = board();

    assertThat(board.open()).isEqualTo(10);
    assertThat(board.awaitingAcceptance()).isEqualTo(4);
    assertThat(board.byWarningLevel())
        .containsExactly(
            Map.entry(WarningLevel.GREEN, 3L),
            Map.entry(WarningLevel.YELLOW, 1L),
            Map.entry(WarningLevel.RED, 2L));
    assertThat(board.byDepartment())
        .extracting(DepartmentLoad::code, DepartmentLoad::name, DepartmentLoad::open)
        .containsExactly(tuple("market", "市场监管局", 1L), tuple("planning", "规划建设局", 9L));
    DepartmentLoad planning = board.byDepartment().get(1);
    assertThat(planning.awaitingAcceptance()).isEqualTo(4);
    assertThat(planning.byWarningLevel())
        .containsEntry(WarningLevel.YELLOW, 0L)
        .containsEntry(WarningLevel.RED, 2L);
    verify(departments, never()).find(any());
  }

  @Test
  void overdueIsToldByBasisTheRedOnesAndThosePastTheLegalDeadline() {
    when(statistics.countOpen(any()))
        .thenReturn(List.of(new OpenCount("planning", WarningLevel.RED, 2)));
    when(statistics.countPastLegalByDepartment(any(), any()))
        .thenReturn(List.of(new DepartmentCount("planning", 1), new DepartmentCount("gone", 5)));
    when(departments.findAll()).thenReturn(List.of(PLANNING));

    OverviewResponse board = board();

    assertThat(board.overdueByBasis())
        .containsExactly(Map.entry(DeadlineBasis.PROMISED, 2L), Map.entry(DeadlineBasis.LEGAL, 6L));
    // a department with work past the legal deadline only is listed too, by its code if unknown
    assertThat(board.byDepartment())
        .extracting(DepartmentLoad::code, DepartmentLoad::name, DepartmentLoad::open)
        .containsExactly(tuple("gone", "gone", 0L), tuple("planning", "规划建设局", 2L));
    assertThat(board.byDepartment().get(0).overdueByBasis())
        .containsEntry(DeadlineBasis.PROMISED, 0L)
        .containsEntry(DeadlineBasis.LEGAL, 5L);
    verify(statistics).countPastLegalByDepartment(any(), eq(NOW));
  }

  @Test
  void theOnTimeRateIsTheOnTimeShareOfEveryFinishedApplication() {
    when(statistics.durations(any()))
        .thenReturn(
            List.of(
                new DurationCount("A", 2, true, 3),
                new DurationCount("A", 9, false, 1),
                new DurationCount("B", 1, true, 4),
                new DurationCount("B", 6, false, 2)));
    when(catalog.itemsByCode(anyCollection()))
        .thenReturn(Map.of("A", item("A", PLANNING, 20, 8), "B", item("B", MARKET, 10, 5)));

    OverviewResponse board = board();

    assertThat(board.finished()).isEqualTo(10);
    assertThat(board.finishedOnTime()).isEqualTo(7);
    assertThat(board.onTimeRate()).isEqualTo(0.7);
    assertThat(board.items())
        .extracting(ItemTiming::code, ItemTiming::finished, ItemTiming::finishedOnTime)
        .containsExactly(tuple("A", 4L, 3L), tuple("B", 6L, 4L));
    assertThat(board.items().get(0).onTimeRate()).isEqualTo(0.75);
    assertThat(board.items().get(1).onTimeRate()).isEqualTo(4.0 / 6);
  }

  @Test
  void nothingFinishedHasNoRateRatherThanZero() {
    OverviewResponse board = board();

    assertThat(board.finished()).isZero();
    assertThat(board.onTimeRate()).isNull();
    assertThat(board.items()).isEmpty();
    assertThat(board.byDepartment()).isEmpty();
    assertThat(board.byWarningLevel()).containsOnlyKeys(WarningLevel.values());
    assertThat(board.byWarningLevel().values()).containsOnly(0L);
  }

  @Test
  void theItemsAreLookedUpOnceForTheWholeBoard() {
    when(statistics.durations(any()))
        .thenReturn(
            List.of(
                new DurationCount("A", 2, true, 1),
                new DurationCount("B", 1, true, 1),
                new DurationCount("C", 1, true, 1)));
    when(catalog.itemsByCode(anyCollection())).thenReturn(Map.of());

    board();

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Collection<String>> codes = ArgumentCaptor.forClass(Collection.class);
    verify(catalog).itemsByCode(codes.capture());
    assertThat(codes.getValue()).containsExactlyInAnyOrder("A", "B", "C");
    verify(catalog, never()).findItem(any());
  }

  @Test
  void anItemsTimingSetsTheMedianAndNinetiethAgainstItsLimits() {
    // 10 applications: 5 took 2 days, 4 took 4, 1 took 12 (late)
    ItemTiming timing =
        OverviewService.timing(
            "A",
            item("A", PLANNING, 20, 8),
            List.of(
                new DurationCount("A", 2, true, 5),
                new DurationCount("A", 4, true, 4),
                new DurationCount("A", 12, false, 1)));

    assertThat(timing.name()).isEqualTo("事项A");
    assertThat(timing.departmentCode()).isEqualTo("planning");
    assertThat(timing.limitUnit()).isEqualTo(LimitUnit.WORKING_DAYS);
    assertThat(timing.legalLimit()).isEqualTo(20);
    assertThat(timing.promisedLimit()).isEqualTo(8);
    assertThat(timing.medianWorkingDays()).isEqualTo(2);
    assertThat(timing.p90WorkingDays()).isEqualTo(4);
    assertThat(timing.promisedReduction()).isEqualTo(1 - 8.0 / 20);
    assertThat(timing.actualReduction()).isEqualTo(1 - 2.0 / 20);
    assertThat(timing.onTimeRate()).isEqualTo(0.9);
  }

  @Test
  void anItemNoLongerInTheCatalogueIsNamedByItsCodeWithoutReductions() {
    ItemTiming timing =
        OverviewService.timing("GONE", null, List.of(new DurationCount("GONE", 3, true, 2)));

    assertThat(timing.name()).isEqualTo("GONE");
    assertThat(timing.departmentCode()).isNull();
    assertThat(timing.limitUnit()).isNull();
    assertThat(timing.legalLimit()).isZero();
    assertThat(timing.promisedReduction()).isNull();
    assertThat(timing.actualReduction()).isNull();
    assertThat(timing.medianWorkingDays()).isEqualTo(3);
  }

  @Test
  void anInstantItemWithoutALegalLimitHasNoReductions() {
    ItemTiming timing =
        OverviewService.timing(
            "I", item("I", PLANNING, 0, 0), List.of(new DurationCount("I", 0, true, 1)));

    assertThat(timing.promisedReduction()).isNull();
    assertThat(timing.actualReduction()).isNull();
  }

  @Test
  void thePeriodIsCountedInWholeMonthsAndMustNotEndBeforeItStarts() {
    overview.overview("planning", "A", YearMonth.of(2026, 1), YearMonth.of(2026, 3));

    ArgumentCaptor<Filter> filter = ArgumentCaptor.forClass(Filter.class);
    verify(statistics).durations(filter.capture());
    assertThat(filter.getValue())
        .isEqualTo(new Filter("planning", "A", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)));

    assertThatThrownBy(
            () -> overview.overview(null, null, YearMonth.of(2026, 5), YearMonth.of(2026, 1)))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.code()).isEqualTo("PERIOD_INVALID"));
  }

  @Test
  void theStagesOfConstructionProjectsAreOnTheBoardOfAllDepartmentsAndItemsOnly() {
    ProjectStatistics.StageOverview stages =
        new ProjectStatistics.StageOverview(3, Map.of(WarningLevel.GREEN, 2L), 1, 0, 1, 1);
    when(projects.stages()).thenReturn(stages);

    assertThat(overview.overview(null, null, null, null).projectStages()).isEqualTo(stages);
    assertThat(overview.overview("planning", null, null, null).projectStages()).isNull();
    assertThat(overview.overview(null, "GX-PLAN-001", null, null).projectStages()).isNull();
  }
}
