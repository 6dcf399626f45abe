package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.supervision.StatisticsMapper.DurationCount;

class PercentileTest {

  private final List<DurationCount> histogram =
      List.of(
          new DurationCount("X", 1, true, 2),
          new DurationCount("X", 3, true, 1),
          new DurationCount("X", 5, false, 1));

  @Test
  void nearestRankOverAHistogram() {
    assertThat(OverviewService.percentile(histogram, 4, 0.5)).isEqualTo(1);
    assertThat(OverviewService.percentile(histogram, 4, 0.75)).isEqualTo(3);
    assertThat(OverviewService.percentile(histogram, 4, 0.9)).isEqualTo(5);
  }

  @Test
  void noFinishedApplicationsHaveNoPercentile() {
    assertThat(OverviewService.percentile(List.of(), 0, 0.5)).isNull();
  }
}
