package org.yingzai.supervision.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.yingzai.shared.Times;

/**
 * Generated history of the approval path, for the local profile's sample data and the forecast's
 * backtest: applications arrive per item at a rate that swells and ebbs per department, wait in
 * first-come first-served queues of review and decision whose daily capacity is fixed, and are sent
 * back for supplements or special procedures at each item's own rate. So lateness depends on the
 * queue in front and on the item, as the forecast assumes; nothing else is told to it.
 */
final class HistorySimulation {

  /** An item as the simulation uses it; effort is review work in units of one plain review. */
  record Item(String code, String departmentCode, int promisedLimit, double perDay, double effort) {

    static Item of(String code, String departmentCode, int promisedLimit, double perDay) {
      return new Item(
          code,
          departmentCode,
          promisedLimit,
          perDay,
          Math.max(0.6, Math.min(3, promisedLimit / 5.0)));
    }
  }

  /** A task as the work queue would record it; {@code completed} is null while open. */
  record Task(String key, Instant created, Instant completed, String outcome) {}

  /** A pause of the clock; {@code ended} is null while paused. */
  record Pause(String reason, Instant started, Instant ended) {}

  /** One application: open while {@code finished} is null. */
  record Case(
      Item item,
      Instant submitted,
      Instant accepted,
      List<Task> tasks,
      List<Pause> pauses,
      Instant finished,
      boolean denied) {}

  private static final String[] PROCEDURES = {"EXPERT_REVIEW", "INSPECTION", "PUBLIC_NOTICE"};

  private final List<Item> items;
  private final WorkingDays days;
  private final Random random;

  HistorySimulation(List<Item> items, WorkingDays days, long seed) {
    this.items = items;
    this.days = days;
    this.random = new Random(seed);
  }

  /** The history from {@code first} up to the end of {@code last}; what is unfinished is open. */
  List<Case> run(LocalDate first, LocalDate last) {
    Map<String, Double> loadPerDay = new HashMap<>();
    Map<String, Double> casesPerDay = new HashMap<>();
    for (Item item : items) {
      loadPerDay.merge(item.departmentCode(), item.perDay() * item.effort() * 1.25, Double::sum);
      casesPerDay.merge(item.departmentCode(), item.perDay(), Double::sum);
    }
    Map<String, Double> phase = new HashMap<>();
    Map<String, Queue> reviews = new TreeMap<>();
    Map<String, Queue> decisions = new TreeMap<>();
    loadPerDay.forEach(
        (department, load) -> {
          phase.put(department, random.nextDouble() * 2 * Math.PI);
          // a little more than the average load: queues grow in a swell and drain after it
          reviews.put(department, new Queue(load * 1.08));
          decisions.put(department, new Queue(casesPerDay.get(department) * 1.2));
        });
    List<MutableCase> cases = new ArrayList<>();
    TreeMap<Instant, List<Runnable>> returns = new TreeMap<>();
    int dayIndex = 0;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (!days.isWorkingDay(day)) {
        continue;
      }
      dayIndex++;
      Instant dayEnd = at(day, LocalTime.of(23, 59));
      while (!returns.isEmpty() && !returns.firstKey().isAfter(dayEnd)) {
        returns.pollFirstEntry().getValue().forEach(Runnable::run);
      }
      for (Map.Entry<String, Queue> entry : reviews.entrySet()) {
        Queue queue = entry.getValue();
        queue.work(day, (c, done) -> reviewed(c, done, reviews, decisions, returns));
      }
      for (Queue queue : decisions.values()) {
        queue.work(day, HistorySimulation::decided);
      }
      for (Item item : items) {
        double swell =
            1 + 0.7 * Math.sin(2 * Math.PI * dayIndex / 40.0 + phase.get(item.departmentCode()));
        int arrivals = poisson(item.perDay() * swell);
        for (int i = 0; i < arrivals; i++) {
          MutableCase c = new MutableCase(item, at(day, minutes(8 * 60 + 30, 16 * 60 + 30)));
          cases.add(c);
          LocalDate acceptDay = random.nextDouble() < 0.6 ? day : days.add(day, 1);
          Instant accepted = later(c.submitted, at(acceptDay, minutes(9 * 60, 17 * 60)));
          c.accepted = accepted;
          c.tasks.add(new MutableTask("accept", c.submitted, accepted, "ACCEPT"));
          reviews.get(item.departmentCode()).add(c, "review", accepted, item.effort() * noise());
        }
      }
    }
    return cases.stream().map(MutableCase::freeze).toList();
  }

  private void reviewed(
      MutableCase c,
      Instant done,
      Map<String, Queue> reviews,
      Map<String, Queue> decisions,
      TreeMap<Instant, List<Runnable>> returns) {
    double draw = random.nextDouble();
    double supplement = 0.05 + 0.4 * (c.item.effort() - 0.6) / 2.4;
    LocalDate day = LocalDate.ofInstant(done, Times.ZONE);
    if (draw < supplement || draw < supplement + 0.04) {
      boolean special = draw >= supplement;
      String key = special ? "specialProcedure" : "supplementDuringReview";
      LocalDate back = days.add(day, special ? 3 + random.nextInt(8) : 1 + random.nextInt(6));
      Instant answered = at(back, minutes(9 * 60, 17 * 60));
      MutableTask pauseTask = new MutableTask(key, done, null, null);
      c.tasks.get(c.tasks.size() - 1).outcome =
          special ? "SPECIAL_PROCEDURE" : "REQUEST_SUPPLEMENT";
      c.tasks.add(pauseTask);
      MutablePause pause =
          new MutablePause(
              special ? PROCEDURES[random.nextInt(PROCEDURES.length)] : "SUPPLEMENT", done);
      c.pauses.add(pause);
      returns
          .computeIfAbsent(answered, k -> new ArrayList<>())
          .add(
              () -> {
                pauseTask.completed = answered;
                pauseTask.outcome = special ? "FINISHED" : "SUPPLEMENTED";
                pause.ended = answered;
                reviews
                    .get(c.item.departmentCode())
                    .add(c, "review", answered, c.item.effort() * 0.6 * noise());
              });
    } else {
      c.tasks.get(c.tasks.size() - 1).outcome = "PASS";
      decisions.get(c.item.departmentCode()).add(c, "decide", done, noise());
    }
  }

  private static void decided(MutableCase c, Instant done) {
    MutableTask task = c.tasks.get(c.tasks.size() - 1);
    c.denied = Math.floorMod(c.submitted.hashCode(), 20) == 0;
    task.outcome = c.denied ? "DENY" : "APPROVE";
    c.finished = done;
  }

  private interface Done {
    void done(MutableCase c, Instant at);
  }

  /** One department's queue of one step: first come, first served, a day's capacity of work. */
  private final class Queue {
    final double capacity;
    final Deque<Waiting> waiting = new ArrayDeque<>();

    Queue(double capacity) {
      this.capacity = capacity;
    }

    void add(MutableCase c, String key, Instant created, double work) {
      MutableTask task = new MutableTask(key, created, null, null);
      c.tasks.add(task);
      waiting.add(new Waiting(c, task, work));
    }

    void work(LocalDate day, Done done) {
      Instant start = at(day, LocalTime.of(9, 0));
      double left = capacity * (0.8 + 0.4 * random.nextDouble());
      double used = 0;
      while (!waiting.isEmpty() && left > 0) {
        Waiting head = waiting.peek();
        if (head.task.created.isAfter(start)) {
          return; // it appeared today: tomorrow's work
        }
        double step = Math.min(left, head.work);
        head.work -= step;
        left -= step;
        used += step;
        if (head.work <= 1e-9) {
          waiting.poll();
          Instant at = start.plusSeconds((long) (8 * 3600 * Math.min(1, used / capacity)));
          head.task.completed = at;
          done.done(head.c, at);
        }
      }
    }
  }

  private static final class Waiting {
    final MutableCase c;
    final MutableTask task;
    double work;

    Waiting(MutableCase c, MutableTask task, double work) {
      this.c = c;
      this.task = task;
      this.work = work;
    }
  }

  private static final class MutableTask {
    final String key;
    final Instant created;
    Instant completed;
    String outcome;

    MutableTask(String key, Instant created, Instant completed, String outcome) {
      this.key = key;
      this.created = created;
      this.completed = completed;
      this.outcome = outcome;
    }
  }

  private static final class MutablePause {
    final String reason;
    final Instant started;
    Instant ended;

    MutablePause(String reason, Instant started) {
      this.reason = reason;
      this.started = started;
    }
  }

  private static final class MutableCase {
    final Item item;
    final Instant submitted;
    Instant accepted;
    final List<MutableTask> tasks = new ArrayList<>();
    final List<MutablePause> pauses = new ArrayList<>();
    Instant finished;
    boolean denied;

    MutableCase(Item item, Instant submitted) {
      this.item = item;
      this.submitted = submitted;
    }

    Case freeze() {
      return new Case(
          item,
          submitted,
          accepted,
          tasks.stream().map(t -> new Task(t.key, t.created, t.completed, t.outcome)).toList(),
          pauses.stream().map(p -> new Pause(p.reason, p.started, p.ended)).toList(),
          finished,
          denied);
    }
  }

  private double noise() {
    return Math.exp(0.35 * random.nextGaussian());
  }

  private int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }

  private LocalTime minutes(int from, int to) {
    int m = from + random.nextInt(to - from);
    return LocalTime.of(m / 60, m % 60);
  }

  private static Instant later(Instant a, Instant b) {
    return b.isAfter(a) ? b : a.plusSeconds(600);
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(Times.ZONE).toInstant();
  }
}
