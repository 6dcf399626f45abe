package org.yingzai.supervision.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A model of lateness simple enough to say why: for each item and task after acceptance, the mean
 * working days the task took, how much each task already waiting in front of it in its department
 * added, and how often review sent work back for supplements or special procedures. An open
 * application's remaining running days are the sum of its steps still to come; their spread, the
 * residuals of the same history; the chance of lateness, that this sum exceeds the working days
 * left before the promised deadline.
 */
final class ForecastModel {

  static final String REVIEW = "review";
  static final String DECIDE = "decide";
  static final String SUPPLEMENT = "supplementDuringReview";
  static final String SPECIAL_PROCEDURE = "specialProcedure";
  static final List<String> TASK_KEYS = List.of(REVIEW, DECIDE, SUPPLEMENT, SPECIAL_PROCEDURE);

  /** Below this many finished tasks, an item's step is estimated from all items' together. */
  static final int MIN_SAMPLES = 10;

  private static final double MIN_SPREAD = 0.75;
  private static final double MAX_RERUN = 0.6;
  private static final double RERUN_WORTH_SAYING = 0.1;

  /** One finished task after acceptance, as the model learns from it. */
  record StepSample(
      String itemCode,
      String departmentCode,
      String taskKey,
      int days,
      int queueAhead,
      String outcome) {}

  /** An open application as of the forecast's moment. */
  record OpenCase(
      String applicationId,
      String itemCode,
      String departmentCode,
      String taskKey,
      int ageDays,
      int queueAhead,
      int decideQueue,
      int daysLeft) {}

  /** A reason in words: a message code and its arguments. */
  record Reason(String code, List<String> args) {
    static Reason of(String code, Object... args) {
      return new Reason(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
  }

  record Forecast(
      String applicationId,
      String itemCode,
      String departmentCode,
      double probability,
      double remainingDays,
      int daysLeft,
      LocalDate estimatedFinish,
      List<Reason> reasons) {}

  /**
   * What the model learned of one task of one item (or of all items together).
   *
   * @param perTaskAhead the working days each task waiting in front added, in the department
   */
  record StepFit(
      int samples, double meanDays, double meanQueue, double perTaskAhead, double variance) {

    /** The expected working days with {@code queueAhead} tasks in front. */
    double expected(int queueAhead) {
      return Math.max(0, meanDays + perTaskAhead * (queueAhead - meanQueue));
    }
  }

  private final Map<String, StepFit> byItem;
  private final Map<String, StepFit> byTask;
  private final Map<String, double[]> reviewsByItem;
  private final double[] reviews;

  private ForecastModel(
      Map<String, StepFit> byItem,
      Map<String, StepFit> byTask,
      Map<String, double[]> reviewsByItem,
      double[] reviews) {
    this.byItem = byItem;
    this.byTask = byTask;
    this.reviewsByItem = reviewsByItem;
    this.reviews = reviews;
  }

  static ForecastModel fit(List<StepSample> samples) {
    // the cost of one task in front: the slope of days on queue within each item, pooled per
    // department and task (and per task over all departments for the fallback)
    Map<String, Slope> slopes = new HashMap<>();
    Map<String, Moments> itemMoments = new HashMap<>();
    for (StepSample s : samples) {
      itemMoments.computeIfAbsent(itemKey(s.itemCode(), s.taskKey()), k -> new Moments()).add(s);
    }
    for (StepSample s : samples) {
      Moments m = itemMoments.get(itemKey(s.itemCode(), s.taskKey()));
      slopes.computeIfAbsent(s.departmentCode() + "|" + s.taskKey(), k -> new Slope()).add(s, m);
      slopes.computeIfAbsent("*|" + s.taskKey(), k -> new Slope()).add(s, m);
    }
    Map<String, Residuals> itemResiduals = new HashMap<>();
    Map<String, Residuals> taskResiduals = new HashMap<>();
    Map<String, double[]> reviewsByItem = new HashMap<>();
    double[] reviews = new double[2];
    for (StepSample s : samples) {
      String key = itemKey(s.itemCode(), s.taskKey());
      Moments m = itemMoments.get(key);
      double k = slopes.get(s.departmentCode() + "|" + s.taskKey()).value();
      itemResiduals
          .computeIfAbsent(key, x -> new Residuals(k))
          .add(s.days() - (m.meanDays() + k * (s.queueAhead() - m.meanQueue())), s);
      taskResiduals
          .computeIfAbsent(s.taskKey(), x -> new Residuals(slopes.get("*|" + x).value()))
          .add(s.days() - (m.meanDays() + k * (s.queueAhead() - m.meanQueue())), s);
      if (REVIEW.equals(s.taskKey())) {
        boolean again =
            "REQUEST_SUPPLEMENT".equals(s.outcome()) || "SPECIAL_PROCEDURE".equals(s.outcome());
        double[] counts = reviewsByItem.computeIfAbsent(s.itemCode(), x -> new double[2]);
        counts[0]++;
        reviews[0]++;
        if (again) {
          counts[1]++;
          reviews[1]++;
        }
      }
    }
    Map<String, StepFit> byItem = new HashMap<>();
    itemResiduals.forEach((key, r) -> byItem.put(key, r.fit()));
    Map<String, StepFit> byTask = new HashMap<>();
    taskResiduals.forEach((key, r) -> byTask.put(key, r.fit()));
    return new ForecastModel(byItem, byTask, reviewsByItem, reviews);
  }

  /** The item's fit of the task, or all items' when the item has too few finished tasks. */
  Optional<StepFit> step(String itemCode, String taskKey) {
    StepFit own = byItem.get(itemKey(itemCode, taskKey));
    if (own != null && own.samples() >= MIN_SAMPLES) {
      return Optional.of(own);
    }
    return Optional.ofNullable(byTask.get(taskKey));
  }

  boolean knowsItem(String itemCode) {
    StepFit own = byItem.get(itemKey(itemCode, REVIEW));
    return own != null && own.samples() >= MIN_SAMPLES;
  }

  /** The share of the item's reviews that sent the application back (supplement, procedure). */
  double rerunRate(String itemCode) {
    double[] own = reviewsByItem.get(itemCode);
    double[] counts = own != null && own[0] >= MIN_SAMPLES ? own : reviews;
    return counts[0] == 0 ? 0 : counts[1] / counts[0];
  }

  /** The forecast of an open case seen on {@code today}; empty without history of its steps. */
  Optional<Forecast> predict(OpenCase c, LocalDate today, WorkingDays days) {
    Optional<StepFit> reviewFit = step(c.itemCode(), REVIEW);
    Optional<StepFit> decideFit = step(c.itemCode(), DECIDE);
    if (reviewFit.isEmpty() || decideFit.isEmpty()) {
      return Optional.empty();
    }
    StepFit review = reviewFit.get();
    StepFit decide = decideFit.get();
    double rerun = Math.min(rerunRate(c.itemCode()), MAX_RERUN);
    double rounds = rerun / (1 - rerun);
    double pauseMean = step(c.itemCode(), SUPPLEMENT).map(StepFit::meanDays).orElse(0.0);

    double mean = 0;
    double variance = 0;
    double pauseDays = 0;
    List<Reason> reasons = new ArrayList<>();
    switch (c.taskKey()) {
      case REVIEW, DECIDE -> {
        StepFit current = REVIEW.equals(c.taskKey()) ? review : decide;
        // a task with n in front behaves like one that arrives now behind n
        mean += current.expected(c.queueAhead());
        variance += current.variance();
        reasons.add(
            Reason.of("CURRENT_STEP", c.taskKey(), days(current.meanDays()), c.queueAhead()));
        if (current.perTaskAhead() > 0 && c.queueAhead() > 0) {
          reasons.add(Reason.of("QUEUE_COST", c.taskKey(), days(current.perTaskAhead())));
        }
      }
      default -> {
        StepFit pause = step(c.itemCode(), c.taskKey()).orElse(null);
        double pauseLeft = pause == null ? 1 : Math.max(pause.meanDays() - c.ageDays(), 1);
        pauseDays += pauseLeft;
        reasons.add(
            Reason.of(
                "PAUSED_STEP",
                c.taskKey(),
                days(pause == null ? 0 : pause.meanDays()),
                c.ageDays()));
        mean += review.meanDays();
        variance += review.variance();
      }
    }
    if (!DECIDE.equals(c.taskKey())) {
      mean += rounds * review.meanDays();
      variance += rounds * review.variance();
      pauseDays += rounds * pauseMean;
      mean += decide.expected(c.decideQueue());
      variance += decide.variance();
      reasons.add(Reason.of("NEXT_DECIDE", days(decide.meanDays()), c.decideQueue()));
      if (rerun >= RERUN_WORTH_SAYING) {
        reasons.add(Reason.of("RERUNS", Math.round(rerun * 100)));
      }
    }
    if (!knowsItem(c.itemCode())) {
      reasons.add(Reason.of("FEW_FINISHED"));
    }
    double spread = Math.max(Math.sqrt(variance), MIN_SPREAD);
    // late when the running days still needed reach the days left (today included)
    double probability = 1 - normal((c.daysLeft() - 0.5 - mean) / spread);
    reasons.add(0, Reason.of("DAYS_LEFT", c.daysLeft(), days(mean)));
    LocalDate finish = days.add(today, (int) Math.round(mean + pauseDays));
    return Optional.of(
        new Forecast(
            c.applicationId(),
            c.itemCode(),
            c.departmentCode(),
            probability,
            mean,
            c.daysLeft(),
            finish,
            reasons));
  }

  static String days(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error < 1.5e-7). */
  static double normal(double x) {
    double z = Math.abs(x) / Math.sqrt(2);
    double t = 1 / (1 + 0.3275911 * z);
    double erf =
        1
            - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                    + 0.254829592)
                * t
                * Math.exp(-z * z);
    return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
  }

  private static String itemKey(String itemCode, String taskKey) {
    return itemCode + "|" + taskKey;
  }

  private static final class Moments {
    int n;
    double days;
    double queue;

    void add(StepSample s) {
      n++;
      days += s.days();
      queue += s.queueAhead();
    }

    double meanDays() {
      return days / n;
    }

    double meanQueue() {
      return queue / n;
    }
  }

  private static final class Slope {
    double sxy;
    double sxx;

    void add(StepSample s, Moments m) {
      double dq = s.queueAhead() - m.meanQueue();
      sxy += dq * (s.days() - m.meanDays());
      sxx += dq * dq;
    }

    // a longer queue never makes a task quicker: a negative slope is noise
    double value() {
      return sxx == 0 ? 0 : Math.max(0, sxy / sxx);
    }
  }

  private static final class Residuals {
    final double slope;
    int n;
    double days;
    double queue;
    double squares;

    Residuals(double slope) {
      this.slope = slope;
    }

    void add(double residual, StepSample s) {
      n++;
      days += s.days();
      queue += s.queueAhead();
      squares += residual * residual;
    }

    StepFit fit() {
      return new StepFit(n, days / n, queue / n, slope, n > 1 ? squares / (n - 1) : 1);
    }
  }
}
