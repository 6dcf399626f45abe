package org.yingzai.supervision.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.ForecastMapper.ForecastRow;
import org.yingzai.supervision.forecast.ForecastMapper.LikelyLateRow;
import org.yingzai.supervision.forecast.ForecastModel.Forecast;
import org.yingzai.supervision.forecast.ForecastModel.Reason;

/**
 * Fits the lateness model on the history of finished tasks, forecasts every open application that
 * is still GREEN, keeps those at or above the threshold, and serves them as the "likely late" list.
 */
@Service
class LatenessForecasts {

  /** An export reads at most this many rows, in pages of {@link #EXPORT_PAGE}. */
  static final int EXPORT_LIMIT = 100_000;

  private static final int EXPORT_PAGE = 1_000;
  private static final int INSERT_BATCH = 500;
  private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};
  private static final Logger log = LoggerFactory.getLogger(LatenessForecasts.class);

  private final ForecastMapper mapper;
  private final WorkingCalendar calendar;
  private final ObjectMapper json;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final double threshold;
  private final Duration window;

  LatenessForecasts(
      ForecastMapper mapper,
      WorkingCalendar calendar,
      ObjectMapper json,
      MessageSource messages,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${yingzai.forecast.threshold:0.5}") double threshold,
      @Value("${yingzai.forecast.window:P180D}") Duration window) {
    this.mapper = mapper;
    this.calendar = calendar;
    this.json = json;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.threshold = threshold;
    this.window = window;
  }

  /** Fits the model again and replaces the stored forecasts; answers how many are likely late. */
  synchronized int refit() {
    long started = System.nanoTime();
    Instant now = clock.instant();
    List<ForecastRow> rows =
        forecastAt(now).stream()
            .filter(forecast -> forecast.probability() >= threshold)
            .map(forecast -> row(forecast, now))
            .toList();
    transaction.executeWithoutResult(
        status -> {
          mapper.deleteAll();
          for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
            mapper.insertAll(rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH)));
          }
        });
    log.info(
        "Lateness forecast refitted: {} likely late in {} ms",
        rows.size(),
        (System.nanoTime() - started) / 1_000_000);
    return rows.size();
  }

  /**
   * The forecast of every application open and GREEN at {@code asOf}, by a model fitted on what had
   * finished by then: the same reading today and in a backtest.
   */
  List<Forecast> forecastAt(Instant asOf) {
    WorkingDays days = WorkingDays.of(calendar);
    ForecastInputs inputs =
        transaction.execute(
            status ->
                ForecastInputs.at(
                    asOf,
                    mapper.findTasks(asOf.minus(window), asOf),
                    mapper.findOpenClocks(asOf),
                    mapper.findOpenSegments(asOf),
                    days));
    ForecastModel model = ForecastModel.fit(inputs.samples());
    LocalDate today = LocalDate.ofInstant(asOf, Times.ZONE);
    return inputs.open().stream()
        .map(open -> model.predict(open, today, days))
        .flatMap(Optional::stream)
        .toList();
  }

  double threshold() {
    return threshold;
  }

  @Transactional(readOnly = true)
  PageResponse<LikelyLate> page(String departmentCode, String itemCode, PageRequest page) {
    return PageResponse.read(
        mapper.findLikelyLate(departmentCode, itemCode, page.offset(), page.size()).stream()
            .map(row -> likelyLate(row, LocaleContextHolder.getLocale()))
            .toList(),
        page,
        () -> mapper.countLikelyLate(departmentCode, itemCode));
  }

  /** Every row of the list, page by page, for an export; reasons in the given language. */
  @Transactional(readOnly = true)
  void each(String departmentCode, String itemCode, Locale locale, Consumer<LikelyLate> row) {
    for (int offset = 0; offset < EXPORT_LIMIT; offset += EXPORT_PAGE) {
      List<LikelyLateRow> page =
          mapper.findLikelyLate(departmentCode, itemCode, offset, EXPORT_PAGE);
      page.stream().map(found -> likelyLate(found, locale)).forEach(row);
      if (page.size() < EXPORT_PAGE) {
        return;
      }
    }
  }

  private ForecastRow row(Forecast forecast, Instant now) {
    try {
      return new ForecastRow(
          forecast.applicationId(),
          forecast.departmentCode(),
          forecast.itemCode(),
          BigDecimal.valueOf(forecast.probability()).setScale(4, RoundingMode.HALF_UP),
          forecast.estimatedFinish(),
          BigDecimal.valueOf(forecast.remainingDays()).setScale(1, RoundingMode.HALF_UP),
          forecast.daysLeft(),
          json.writeValueAsString(forecast.reasons()),
          now);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private LikelyLate likelyLate(LikelyLateRow row, Locale locale) {
    return new LikelyLate(
        row.id(),
        row.number(),
        row.itemCode(),
        row.itemName(),
        row.departmentCode(),
        row.departmentName(),
        Times.local(row.deadline()),
        // the days already counted lie in published years: only those to come may be unpublished
        calendar.isProvisional(clock.instant(), row.deadline()),
        row.estimatedFinish(),
        row.probability().doubleValue(),
        row.remainingDays().doubleValue(),
        row.daysLeft(),
        words(row.reasons(), locale));
  }

  // the reasons in the reader's language; a task's key becomes its name
  private List<String> words(String reasons, Locale locale) {
    List<Reason> parsed;
    try {
      parsed = json.readValue(reasons, REASONS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return parsed.stream()
        .map(
            reason -> {
              Object[] args =
                  reason.args().stream()
                      .map(
                          arg ->
                              ForecastModel.TASK_KEYS.contains(arg)
                                  ? messages.getMessage("forecast.task." + arg, null, arg, locale)
                                  : arg)
                      .toArray();
              String code = "forecast.reason." + reason.code();
              return messages.getMessage(code, args, code, locale);
            })
        .toList();
  }
}
