package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.supervision.HeatmapRules.ClassCount;
import org.yingzai.supervision.HeatmapRules.Span;

class HeatmapRulesTest {

  @Test
  void hoursBelowADayAreWholeHoursAndLongerTimesFallInClassesTenPercentWide() {
    assertThat(HeatmapRules.hoursClass(Duration.ofMinutes(59))).isZero();
    assertThat(HeatmapRules.hoursClass(Duration.ofMinutes(190))).isEqualTo(3);
    assertThat(HeatmapRules.upperHours(3)).isEqualTo(4.0);
    assertThat(HeatmapRules.hoursClass(Duration.ofHours(24))).isEqualTo(24);
    assertThat(HeatmapRules.upperHours(24))
        .isCloseTo(26.4, org.assertj.core.data.Offset.offset(1e-9));
    for (long hours : new long[] {30, 100, 720, 5000}) {
      int hoursClass = HeatmapRules.hoursClass(Duration.ofHours(hours));
      assertThat(HeatmapRules.upperHours(hoursClass)).isGreaterThan(hours);
      assertThat(HeatmapRules.upperHours(hoursClass)).isLessThanOrEqualTo(hours * 1.1 + 1e-9);
    }
    assertThat(HeatmapRules.hoursClass(Duration.ofHours(-1))).isZero();
  }

  @Test
  void percentilesReportTheUpperBoundOfTheClassThatHoldsTheRank() {
    List<ClassCount> counts =
        List.of(new ClassCount(1, 5), new ClassCount(3, 4), new ClassCount(24, 1));
    assertThat(HeatmapRules.percentileHours(counts, 0.5)).isEqualTo(2.0);
    assertThat(HeatmapRules.percentileHours(counts, 0.9)).isEqualTo(4.0);
    assertThat(HeatmapRules.percentileHours(counts, 1.0)).isEqualTo(26.4);
    assertThat(HeatmapRules.percentileHours(List.of(), 0.5)).isNull();
  }

  @Test
  void aPeriodIsCoveredByItsWholeMonthsAndTheDaysAtEitherEnd() {
    assertThat(HeatmapRules.spans(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 10)))
        .containsExactly(
            new Span("DAY", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 31)),
            new Span("MONTH", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)),
            new Span("DAY", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10)));
    assertThat(HeatmapRules.spans(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
        .containsExactly(new Span("MONTH", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)));
    assertThat(HeatmapRules.spans(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 20)))
        .containsExactly(new Span("DAY", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 20)));
    assertThat(HeatmapRules.spans(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5)))
        .containsExactly(new Span("DAY", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5)));
  }

  @Test
  void aFlowsCountIsDrawnOnItsLongestSegmentClearOfItsName() {
    ProcessDiagram.Edge specialProcedure =
        new ProcessDiagram.Edge(
            "flowSpecialProcedureStarted",
            "特别程序",
            "reviewOutcome",
            "specialProcedure",
            List.of(new ProcessDiagram.Point(750, 325), new ProcessDiagram.Point(750, 400)),
            new ProcessDiagram.Box(756, 355, 44, 14),
            "review",
            "SPECIAL_PROCEDURE");
    assertThat(HeatmapDrawing.pillAt(specialProcedure, 17))
        .isEqualTo(new ProcessDiagram.Point(750, 340));
    ProcessDiagram.Edge unnamed =
        new ProcessDiagram.Edge(
            "flowReviewToOutcome",
            null,
            "review",
            "reviewOutcome",
            List.of(
                new ProcessDiagram.Point(660, 300),
                new ProcessDiagram.Point(700, 300),
                new ProcessDiagram.Point(700, 400)),
            null,
            "review",
            null);
    assertThat(HeatmapDrawing.pillAt(unnamed, 17)).isEqualTo(new ProcessDiagram.Point(700, 350));
  }

  @Test
  void heatLevelsGrowWithTheShareOfTheLargestCount() {
    assertThat(HeatmapDrawing.level(0, 10)).isZero();
    assertThat(HeatmapDrawing.level(1, 10)).isEqualTo(1);
    assertThat(HeatmapDrawing.level(10, 10)).isEqualTo(HeatmapDrawing.LEVELS);
    assertThat(HeatmapDrawing.level(1, 1)).isEqualTo(HeatmapDrawing.LEVELS);
    assertThat(HeatmapDrawing.width(null, 10)).isEqualTo(1.5);
    assertThat(HeatmapDrawing.width(10L, 10)).isEqualTo(10.0);
  }
}
