package org.yingzai.handling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The open tasks by their step's warning level, {@code yingzai.tasks.open} (tag {@code level}:
 * {@code GREEN}, {@code YELLOW}, {@code RED}, or {@code NONE} for a task without a step limit),
 * read from the work queue in one query that a scrape shares for a few seconds.
 */
@Component
class OpenTaskGauges implements MeterBinder {

  static final List<String> LEVELS = List.of("GREEN", "YELLOW", "RED", "NONE");
  private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

  private record Counts(Map<String, Long> byLevel, long readAtNanos) {}

  private final WorkTaskMapper tasks;
  private Counts counts;

  OpenTaskGauges(WorkTaskMapper tasks) {
    this.tasks = tasks;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String level : LEVELS) {
      Gauge.builder("yingzai.tasks.open", this, gauges -> gauges.count(level))
          .description("Open tasks of the work queue by their step's warning level")
          .tag("level", level)
          .register(registry);
    }
  }

  synchronized long count(String level) {
    long now = System.nanoTime();
    if (counts == null || now - counts.readAtNanos() > FRESH_NANOS) {
      Map<String, Long> byLevel = new HashMap<>();
      for (WorkTaskMapper.LevelCount row : tasks.countOpenByLevel()) {
        byLevel.put(row.level(), row.tasks());
      }
      counts = new Counts(byLevel, now);
    }
    return counts.byLevel().getOrDefault(level, 0L);
  }
}
