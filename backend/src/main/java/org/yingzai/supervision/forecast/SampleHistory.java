package org.yingzai.supervision.forecast;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.identity.CreditCodes;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.HistorySimulation.Case;
import org.yingzai.supervision.forecast.HistorySimulation.Item;
import org.yingzai.supervision.forecast.HistoryWriter.ItemFacts;

/**
 * SAMPLE DATA for the local profile only: five months of generated finished applications of the
 * demo items, and some hundreds still open, under a made-up enterprise, so that the board, the
 * heatmap, the lateness forecast and the scoreboard show something: with them start-up bundles and
 * construction projects' stages, applications taken at the hall and the stations, and ratings.
 * Written once per database, in one transaction, after the start; numbers start with {@code YS}
 * (样例) and every actor is "样例数据".
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "yingzai.sample-history.enabled", havingValue = "true")
class SampleHistory {

  static final String PREFIX = "YS";
  static final String ENTERPRISE_NAME = "样例历史数据企业（演示用）";

  private static final Logger log = LoggerFactory.getLogger(SampleHistory.class);
  private static final int MONTHS = 5;
  private static final long SEED = 20_261_206L;

  private static final long STOP_WAIT_MILLIS = 10_000;

  private final JdbcTemplate jdbc;
  private final WorkingCalendar calendar;
  private final LatenessForecasts forecasts;
  private final PlatformTransactionManager transactions;
  private final Clock clock;
  private volatile boolean stopping;
  private volatile Thread writer;

  SampleHistory(
      DataSource dataSource,
      WorkingCalendar calendar,
      LatenessForecasts forecasts,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.jdbc = new StoppingJdbc(dataSource, () -> stopping);
    this.calendar = calendar;
    this.forecasts = forecasts;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Writes the history beside the running service hall, which answers meanwhile: the history is one
   * transaction, so the board and the scoreboard show all of it or none, and a stop before it is
   * committed leaves nothing, to be written at the next start.
   */
  @EventListener(ApplicationReadyEvent.class)
  void loadOnce() {
    Thread writing = new Thread(this::load, "sample-history");
    writing.setDaemon(true);
    writer = writing;
    writing.start();
  }

  /**
   * A stop during the writing refuses its next statement and waits for its rollback, before the
   * connection pool closes: nothing is kept.
   */
  @EventListener(ContextClosedEvent.class)
  void stopWriting() {
    stopping = true;
    Thread writing = writer;
    if (writing != null) {
      try {
        writing.join(STOP_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  void load() {
    long started = System.nanoTime();
    int written;
    try {
      written = inOneTransaction();
    } catch (RuntimeException e) {
      if (stopping) {
        log.warn(
            "Sample history not written before the stop; it is written at the next start{}",
            rollbackFailures(e));
      } else {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        log.warn(
            "Sample history not written (it is written at the next start): {}{}",
            cause == e ? e.toString() : e + ", caused by " + cause,
            rollbackFailures(e));
      }
      return;
    }
    if (written > 0) {
      log.info(
          "Sample history written: {} applications in {} ms",
          written,
          (System.nanoTime() - started) / 1_000_000);
      // the history is kept: a forecast left unfitted is fitted again on its own schedule
      try {
        forecasts.refit();
      } catch (RuntimeException e) {
        log.warn("The lateness forecast was not fitted to the sample history: {}", e.toString());
      }
    }
  }

  private static String rollbackFailures(Throwable e) {
    StringBuilder failures = new StringBuilder();
    for (Throwable suppressed : e.getSuppressed()) {
      failures.append("; its rollback failed: ").append(suppressed);
    }
    return failures.toString();
  }

  // a rollback that fails all the same is kept with the cause, not logged as an error
  private int inOneTransaction() {
    TransactionStatus status = transactions.getTransaction(new DefaultTransactionDefinition());
    int written;
    try {
      written = write();
    } catch (RuntimeException | Error e) {
      try {
        transactions.rollback(status);
      } catch (RuntimeException rollbackFailed) {
        e.addSuppressed(rollbackFailed);
      }
      throw e;
    }
    transactions.commit(status);
    return written;
  }

  private int write() {
    Long done =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM application WHERE number LIKE ?", Long.class, PREFIX + "%");
    if (done != null && done > 0) {
      return 0;
    }
    Map<String, ItemFacts> facts = new HashMap<>();
    List<Item> items =
        jdbc.query(
            "SELECT code, name, department_code, promised_limit, legal_limit, max_extension,"
                + " handling_type FROM service_item WHERE active AND handling_type = 'COMMITTED'"
                + " AND limit_unit = 'WORKING_DAYS' AND promised_limit >= 3"
                + " AND process_key = 'standard-approval' ORDER BY code",
            (rs, n) -> {
              facts.put(rs.getString("code"), ItemFacts.read(rs));
              return Item.of(
                  rs.getString("code"),
                  rs.getString("department_code"),
                  rs.getInt("promised_limit"),
                  4 + n % 3);
            });
    if (items.isEmpty()) {
      return 0;
    }
    long enterprise = enterprise();
    WorkingDays days = WorkingDays.of(calendar);
    LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
    LocalDate first = today.minusMonths(MONTHS);
    List<Case> cases = new HistorySimulation(items, days, SEED).run(first, today.minusDays(1));
    SampleGroups groups = new SampleGroups(jdbc, days, SEED, facts).plan(first, today.minusDays(1));
    List<Case> all = new ArrayList<>(cases);
    all.addAll(groups.cases());
    List<String> ids =
        new HistoryWriter(jdbc, days).write(all, facts, enterprise, PREFIX, clock.instant());
    groups.link(ids.subList(cases.size(), ids.size()), enterprise, HistoryWriter.ACTOR);
    new SampleVisitsAndRatings(jdbc).write(PREFIX, HistoryWriter.ACTOR, clock.instant());
    return ids.size();
  }

  // a made-up enterprise whose credit code carries a valid check character
  private long enterprise() {
    String base = "91370500MA3YL8H2K";
    String code = null;
    for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
      if (CreditCodes.isValid(base + c)) {
        code = base + c;
      }
    }
    jdbc.update(
        "INSERT INTO enterprise (credit_code, name, legal_representative, created_at)"
            + " VALUES (?, ?, '样例', UTC_TIMESTAMP())",
        code,
        ENTERPRISE_NAME);
    return jdbc.queryForObject("SELECT id FROM enterprise WHERE credit_code = ?", Long.class, code);
  }

  /** Refuses every statement once the service hall is stopping. */
  private static final class StoppingJdbc extends JdbcTemplate {

    private final BooleanSupplier stopping;

    StoppingJdbc(DataSource dataSource, BooleanSupplier stopping) {
      super(dataSource);
      this.stopping = stopping;
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
      if (stopping.getAsBoolean()) {
        throw new SQLException("The service hall is stopping");
      }
      super.applyStatementSettings(statement);
    }
  }
}
