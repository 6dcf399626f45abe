package org.yingzai.clock;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.shared.SharedVersions;
import org.yingzai.shared.Times;

/**
 * The working-day calendar (DESIGN.md §5): Monday to Friday, minus statutory holidays, plus the
 * weekend days the State Council makes working days. Years without a published calendar are counted
 * Monday to Friday.
 *
 * <p>Every method answers from memory: the calendar is loaded once and reloaded when an
 * administrator changes it, at once on the node where the change was made and on every other node
 * within the refresh interval of {@link SharedVersions}, whose calendar version each change raises.
 */
@Service
public class WorkingCalendar {

  private record Loaded(long version, CalendarSnapshot snapshot) {}

  private final CalendarMapper calendar;
  private final SharedVersions versions;
  private volatile Loaded loaded;

  WorkingCalendar(CalendarMapper calendar, SharedVersions versions) {
    this.calendar = calendar;
    this.versions = versions;
  }

  /** Whether {@code day} is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    return snapshot().isWorkingDay(day);
  }

  /**
   * The {@code n}-th working day after {@code from}, counting from the day after it whatever kind
   * of day {@code from} is; {@code from} itself when {@code n} is 0.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    return snapshot().addWorkingDays(from, n);
  }

  /**
   * The number of working days from {@code from} to {@code to}, both included; 0 when {@code to} is
   * before {@code from}. For {@code n >= 0}: {@code workingDaysBetween(from.plusDays(1),
   * addWorkingDays(from, n)) == n}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return snapshot().workingDaysBetween(from, to);
  }

  /** Whether the calendar of {@code year} is published (loaded into this system). */
  public boolean isPublished(int year) {
    return snapshot().isPublished(year);
  }

  /** Whether the calendar of every year from {@code from} to {@code to} is published. */
  public boolean isPublished(LocalDate from, LocalDate to) {
    return snapshot().isPublished(from.getYear(), to.getYear());
  }

  /**
   * The deadline of a time limit (DESIGN.md §5): the end (23:59:59, Asia/Shanghai) of the {@code
   * limit}-th working day (or calendar day, for {@code NATURAL_DAYS}) after {@code acceptedOn};
   * with a limit of 0, the end of the acceptance day. Provisional when a working day count touched
   * a year without a published calendar.
   *
   * @throws IllegalArgumentException when {@code limit} is negative
   */
  public Deadline deadline(LocalDate acceptedOn, int limit, LimitUnit unit) {
    return snapshot().deadline(acceptedOn, limit, unit);
  }

  /**
   * Whether a deadline stored earlier, counted in working days from {@code countedFrom}, is
   * provisional now: some year from the start to the deadline has no published calendar. {@code
   * false} when either is {@code null}.
   */
  public boolean isProvisional(Instant countedFrom, Instant deadline) {
    if (countedFrom == null || deadline == null) {
      return false;
    }
    return !isPublished(
        LocalDate.ofInstant(countedFrom, Times.ZONE), LocalDate.ofInstant(deadline, Times.ZONE));
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() {
    snapshot();
  }

  /**
   * In the transaction that changes the calendar, last: every other node reloads once it is
   * committed.
   */
  void changing() {
    versions.raise(SharedVersions.CALENDAR);
  }

  /** Reads the calendar again; called after every committed change. */
  synchronized void reload() {
    // the version first: a change committed while the days are read is seen by the next check
    long version = versions.read(SharedVersions.CALENDAR);
    loaded =
        new Loaded(
            version, CalendarSnapshot.of(calendar.findPublishedYears(), calendar.findAllDays()));
  }

  private CalendarSnapshot snapshot() {
    Loaded current = loaded;
    if (current == null || current.version() != versions.current(SharedVersions.CALENDAR)) {
      synchronized (this) {
        current = loaded;
        if (current == null || current.version() != versions.current(SharedVersions.CALENDAR)) {
          reload();
        }
        current = loaded;
      }
    }
    return current.snapshot();
  }
}
