package org.yingzai.supervision;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yingzai.supervision.ScoreboardResponse.Figure;
import org.yingzai.supervision.ScoreboardResponse.Unit;

/**
 * A scoreboard figure with its title and definition read from the bundle in the reader's locale.
 */
@Component
class FigureTexts {

  private final MessageSource messages;

  FigureTexts(MessageSource messages) {
    this.messages = messages;
  }

  Figure count(String key, long value, Double previous) {
    return average(key, (double) value, previous);
  }

  /** A count that is an average, so it may have a fraction. */
  Figure average(String key, Double value, Double previous) {
    return figure(key, Unit.COUNT, value, previous, null);
  }

  Figure days(String key, Double value, Double previous) {
    return figure(key, Unit.DAYS, value, previous, null);
  }

  Figure rate(String key, long part, long of, long partBefore, long ofBefore) {
    return figure(
        key,
        Unit.RATE,
        of == 0 ? null : (double) part / of,
        ofBefore == 0 ? null : (double) partBefore / ofBefore,
        of);
  }

  /** A name from the bundle, the key itself when it has none. */
  String label(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  private Figure figure(String key, Unit unit, Double value, Double previous, Long of) {
    return new Figure(key, unit, value, previous, of, text(key + ".title"), text(key + ".def"));
  }

  private String text(String key) {
    return messages.getMessage("scoreboard." + key, null, LocaleContextHolder.getLocale());
  }
}
