package org.yingzai.supervision.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.ForecastModel.Forecast;
import org.yingzai.supervision.forecast.HistorySimulation.Case;
import org.yingzai.supervision.forecast.HistorySimulation.Item;
import org.yingzai.supervision.forecast.HistoryWriter.ItemFacts;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/**
 * The backtest of the lateness forecast: generates 400 days of history whose lateness depends on
 * the queue and the item, then every fifth working day of a span that ends two months ago trains on
 * what had finished by then, predicts the applications then open and GREEN, and compares with what
 * became of them. Run it with {@code ./mvnw -B -Pbenchmark verify -pl backend -am
 * -Dtest=ForecastBacktestBenchmark}; it measures, it does not judge.
 */
@Tag("benchmark")
@WithHall
class ForecastBacktestBenchmark {

  Hall hall;
  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingCalendar calendar;
  @Autowired LatenessForecasts forecasts;

  record Outcome(boolean late, LocalDate deadlineDay) {}

  @Test
  void precisionRecallAndLeadTimeOnGeneratedHistory() throws IOException {
    WorkingDays days = WorkingDays.of(calendar);
    LocalDate today = LocalDate.now(Times.ZONE);
    List<Item> items =
        List.of(
            new Item(hall.committedItem(), hall.department(), 8, 3, 1.6),
            new Item(hall.permitItem(), hall.department(), 5, 3, 1.0),
            new Item(hall.formItem(), hall.department(), 8, 2, 2.5));
    Map<String, ItemFacts> facts = new HashMap<>();
    for (Item item : items) {
      facts.put(item.code(), new ItemFacts(item.code(), 20, 10, "COMMITTED"));
    }
    long generating = System.nanoTime();
    List<Case> cases =
        new HistorySimulation(items, days, 42).run(today.minusDays(400), today.minusDays(1));
    new HistoryWriter(jdbc, days).write(cases, facts, hall.applicant().id(), "BT", Instant.now());
    long generated = (System.nanoTime() - generating) / 1_000_000;

    Map<String, Outcome> outcomes = new HashMap<>();
    jdbc.query(
        "SELECT id, warning_level, deadline FROM application WHERE number LIKE 'BT%'"
            + " AND finished_at IS NOT NULL",
        rs -> {
          outcomes.put(
              rs.getString(1),
              new Outcome(
                  "RED".equals(rs.getString(2)),
                  LocalDate.ofInstant(rs.getTimestamp(3).toInstant(), Times.ZONE)));
        });
    long finishedLate = outcomes.values().stream().filter(Outcome::late).count();

    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int predicted = 0;
    int snapshots = 0;
    long fitting = 0;
    Map<String, LocalDate> firstWarned = new HashMap<>();
    LocalDate last = today.minusDays(60);
    for (LocalDate day = days.add(today.minusDays(200), 1);
        !day.isAfter(last);
        day = days.add(day, 5)) {
      Instant asOf = day.atTime(LocalTime.NOON).atZone(Times.ZONE).toInstant();
      long started = System.nanoTime();
      List<Forecast> forecastsThen = forecasts.forecastAt(asOf);
      fitting += System.nanoTime() - started;
      snapshots++;
      for (Forecast forecast : forecastsThen) {
        Outcome outcome = outcomes.get(forecast.applicationId());
        if (outcome == null) {
          continue; // not finished by the end of the history: nothing to compare with
        }
        predicted++;
        boolean flagged = forecast.probability() >= forecasts.threshold();
        if (flagged && outcome.late()) {
          truePositives++;
          firstWarned.putIfAbsent(forecast.applicationId(), day);
        } else if (flagged) {
          falsePositives++;
        } else if (outcome.late()) {
          falseNegatives++;
        }
      }
    }
    List<Integer> leads = new ArrayList<>();
    firstWarned.forEach(
        (id, warned) ->
            leads.add(days.between(warned.plusDays(1), outcomes.get(id).deadlineDay())));
    Collections.sort(leads);
    double precision = (double) truePositives / Math.max(1, truePositives + falsePositives);
    double recall = (double) truePositives / Math.max(1, truePositives + falseNegatives);
    String report =
        String.format(
            "| figure | value |%n| --- | ---: |%n"
                + "| applications generated (400 days, 3 items, one department) | %d |%n"
                + "| finished, of which late | %d, %d |%n"
                + "| snapshots (every 5th working day, 200 to 60 days ago) | %d |%n"
                + "| predictions (open and GREEN at a snapshot, finished later) | %d |%n"
                + "| of which late in the end | %d |%n"
                + "| flagged (probability >= %.2f) | %d |%n"
                + "| precision of \"will be late\" | %.2f |%n"
                + "| recall of \"will be late\" | %.2f |%n"
                + "| late applications warned, median working days before the deadline | %s |%n"
                + "| generating and writing the history | %d ms |%n"
                + "| refit and forecast per snapshot (mean) | %d ms |%n",
            cases.size(),
            outcomes.size(),
            finishedLate,
            snapshots,
            predicted,
            truePositives + falseNegatives,
            forecasts.threshold(),
            truePositives + falsePositives,
            precision,
            recall,
            leads.isEmpty() ? "-" : leads.get(leads.size() / 2).toString(),
            generated,
            fitting / Math.max(1, snapshots) / 1_000_000);
    Path out = Path.of("target", "benchmarks", "forecast-backtest.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }
}
