package org.yingzai.supervision.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.supervision.forecast.ForecastModel.Forecast;
import org.yingzai.supervision.forecast.ForecastModel.OpenCase;
import org.yingzai.supervision.forecast.ForecastModel.Reason;
import org.yingzai.supervision.forecast.ForecastModel.StepSample;

class ForecastModelTest {

  /** Monday to Friday. */
  static final WorkingDays WEEKDAYS =
      new WorkingDays() {
        @Override
        public int between(LocalDate from, LocalDate to) {
          int n = 0;
          for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            n += isWorkingDay(d) ? 1 : 0;
          }
          return n;
        }

        @Override
        public LocalDate add(LocalDate from, int n) {
          LocalDate d = from;
          for (int i = 0; i < n; ) {
            d = d.plusDays(1);
            i += isWorkingDay(d) ? 1 : 0;
          }
          return d;
        }

        @Override
        public boolean isWorkingDay(LocalDate day) {
          return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
      };

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

  private static List<StepSample> history(double perTaskAhead, int reviews, int sentBack) {
    List<StepSample> samples = new ArrayList<>();
    for (int q = 0; q < 20; q++) {
      samples.add(
          new StepSample(
              "A",
              "d",
              "review",
              (int) Math.round(2 + perTaskAhead * q),
              q,
              q < sentBack ? "REQUEST_SUPPLEMENT" : "PASS"));
      samples.add(new StepSample("A", "d", "decide", 1, 0, "APPROVE"));
    }
    for (int i = 20; i < reviews; i++) {
      samples.add(new StepSample("A", "d", "review", 2, 0, "PASS"));
    }
    return samples;
  }

  private static OpenCase atReview(int queueAhead, int daysLeft) {
    return new OpenCase("x", "A", "d", "review", 0, queueAhead, 0, daysLeft);
  }

  @Test
  void eachTaskInFrontCostsWhatTheHistoryShowsItCost() {
    ForecastModel model = ForecastModel.fit(history(0.5, 20, 0));
    assertThat(model.step("A", "review").orElseThrow().perTaskAhead()).isCloseTo(0.5, within(0.05));
    Forecast shortQueue = model.predict(atReview(0, 6), MONDAY, WEEKDAYS).orElseThrow();
    Forecast longQueue = model.predict(atReview(30, 6), MONDAY, WEEKDAYS).orElseThrow();
    assertThat(longQueue.remainingDays() - shortQueue.remainingDays()).isCloseTo(15, within(1.0));
    assertThat(shortQueue.probability()).isLessThan(0.05);
    assertThat(longQueue.probability()).isGreaterThan(0.95);
    assertThat(longQueue.estimatedFinish())
        .isEqualTo(WEEKDAYS.add(MONDAY, (int) Math.round(longQueue.remainingDays())));
  }

  @Test
  void aLongerQueueNeverMakesATaskQuicker() {
    List<StepSample> samples = new ArrayList<>();
    for (int q = 0; q < 20; q++) {
      samples.add(new StepSample("A", "d", "review", 20 - q, q, "PASS"));
      samples.add(new StepSample("A", "d", "decide", 1, 0, "APPROVE"));
    }
    assertThat(ForecastModel.fit(samples).step("A", "review").orElseThrow().perTaskAhead())
        .isZero();
  }

  @Test
  void theReasonsSayTheDaysLeftTheStepItsQueueWhatFollowsAndHowOftenReviewSendsBack() {
    ForecastModel model = ForecastModel.fit(history(0.5, 20, 6));
    Forecast forecast = model.predict(atReview(12, 4), MONDAY, WEEKDAYS).orElseThrow();
    assertThat(forecast.reasons())
        .extracting(Reason::code)
        .containsExactly("DAYS_LEFT", "CURRENT_STEP", "QUEUE_COST", "NEXT_DECIDE", "RERUNS");
    assertThat(forecast.reasons().get(1).args()).containsExactly("review", "7.0", "12");
    assertThat(forecast.reasons().get(4).args()).containsExactly("30");
  }

  @Test
  void anItemWithFewFinishedTasksBorrowsFromAllItemsAndSaysSo() {
    List<StepSample> samples = history(0, 20, 0);
    samples.add(new StepSample("B", "d", "review", 9, 0, "PASS"));
    ForecastModel model = ForecastModel.fit(samples);
    Forecast forecast =
        model
            .predict(new OpenCase("y", "B", "d", "review", 0, 0, 0, 5), MONDAY, WEEKDAYS)
            .orElseThrow();
    assertThat(forecast.reasons()).extracting(Reason::code).contains("FEW_FINISHED");
    assertThat(model.predict(new OpenCase("z", "C", "d", "review", 0, 0, 0, 5), MONDAY, WEEKDAYS))
        .isPresent();
    assertThat(ForecastModel.fit(List.of()).predict(atReview(0, 5), MONDAY, WEEKDAYS)).isEmpty();
  }

  @Test
  void aPausedApplicationOwesAReviewAndADecisionOnceItsClockRunsAgain() {
    ForecastModel model = ForecastModel.fit(history(0, 20, 0));
    Forecast paused =
        model
            .predict(
                new OpenCase("p", "A", "d", "supplementDuringReview", 1, 0, 0, 5), MONDAY, WEEKDAYS)
            .orElseThrow();
    assertThat(paused.remainingDays()).isCloseTo(3, within(0.01));
    assertThat(paused.reasons()).extracting(Reason::code).contains("PAUSED_STEP");
  }

  @Test
  void theNormalDistributionFunctionIsRightToSixPlaces() {
    assertThat(ForecastModel.normal(0)).isCloseTo(0.5, within(1e-6));
    assertThat(ForecastModel.normal(1.959964)).isCloseTo(0.975, within(1e-6));
    assertThat(ForecastModel.normal(-1)).isCloseTo(0.158655, within(1e-6));
  }
}
