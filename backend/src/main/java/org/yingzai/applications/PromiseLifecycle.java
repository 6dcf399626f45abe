package org.yingzai.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.MaterialPromiseMapper.PromiseRow;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.identity.CurrentUser;
import org.yingzai.processes.MaterialPromise;
import org.yingzai.shared.Times;

/**
 * The promises (容缺受理) follow their application: the acceptance starts each one's working days and
 * timer, counted from the day the clock counts from; an approval whose materials are still to come
 * says why its result waits; an application that ends without an approval cancels them with their
 * timers.
 */
@Component
class PromiseLifecycle {

  private static final Locale RECORDS = Locale.SIMPLIFIED_CHINESE;
  private static final Set<String> ACCEPTANCES = Set.of("ACCEPTED", "ACCEPTED_AUTOMATICALLY");

  private final MaterialPromiseMapper promises;
  private final Catalog catalog;
  private final WorkingCalendar calendar;
  private final ClockLedger ledger;
  private final Timeline timeline;
  private final RuntimeService runtime;
  private final MessageSource messages;
  private final Clock clock;

  PromiseLifecycle(
      MaterialPromiseMapper promises,
      Catalog catalog,
      WorkingCalendar calendar,
      ClockLedger ledger,
      Timeline timeline,
      RuntimeService runtime,
      MessageSource messages,
      Clock clock) {
    this.promises = promises;
    this.catalog = catalog;
    this.calendar = calendar;
    this.ledger = ledger;
    this.timeline = timeline;
    this.runtime = runtime;
    this.messages = messages;
    this.clock = clock;
  }

  /** The acceptance starts each open promise's working days and its timer. */
  @EventListener
  void on(ApplicationProgressed progressed) {
    if (!ACCEPTANCES.contains(progressed.action())) {
      return;
    }
    // the day the clock counts from: a deemed acceptance (§32) counts from the receipt
    LocalDate acceptedOn =
        ledger
            .state(progressed.applicationId())
            .map(c -> c.acceptedAt().toLocalDate())
            .orElse(LocalDate.ofInstant(clock.instant(), Times.ZONE));
    for (PromiseRow promise : promises.findByApplication(progressed.applicationId())) {
      if (promise.status() != PromiseStatus.PROMISED || promise.dueAt() != null) {
        continue;
      }
      Instant due =
          calendar
              .deadline(acceptedOn, promise.days(), LimitUnit.WORKING_DAYS)
              .deadline()
              .toInstant();
      String processInstanceId =
          runtime
              .startProcessInstanceByKey(
                  MaterialPromise.PROCESS_KEY,
                  String.valueOf(promise.id()),
                  Map.of(
                      MaterialPromise.VAR_PROMISE_ID,
                      String.valueOf(promise.id()),
                      MaterialPromise.VAR_DUE_AT,
                      Date.from(due.plusSeconds(1))))
              .getId();
      promises.setDue(promise.id(), due, processInstanceId);
    }
  }

  /** An approval whose promised materials are still to come says why its result waits. */
  @EventListener
  void on(ApplicationDecided decided) {
    if (decided.status() != ApplicationStatus.APPROVED) {
      return;
    }
    ServiceItem item = catalog.requireItem(decided.itemCode());
    List<String> waiting = new ArrayList<>();
    for (PromiseRow p : promises.findByApplication(decided.applicationId())) {
      if (p.status() == PromiseStatus.PROMISED) {
        waiting.add(
            messages.getMessage(
                "applications.promise.waiting",
                new Object[] {
                  item.material(p.materialCode()).map(Material::name).orElse(p.materialCode()),
                  p.dueAt() == null ? "—" : Times.local(p.dueAt()).toLocalDate()
                },
                RECORDS));
      }
    }
    if (waiting.isEmpty()) {
      return;
    }
    timeline.add(
        decided.applicationId(),
        Step.ISSUE,
        "RESULT_WITHHELD",
        CurrentUser.SYSTEM,
        messages.getMessage("applications.actor.system", null, RECORDS),
        messages.getMessage(
            "applications.timeline.RESULT_WITHHELD",
            new Object[] {
              String.join(
                  messages.getMessage("applications.list.separator", null, RECORDS), waiting)
            },
            RECORDS),
        null,
        null);
  }

  @EventListener
  void on(ApplicationWithdrawn withdrawn) {
    cancel(withdrawn.applicationId());
  }

  @EventListener
  void on(ApplicationNotAccepted refused) {
    cancel(refused.applicationId());
  }

  /** A denied application's promises are cancelled: there is no result to withhold. */
  @EventListener
  void onDenied(ApplicationDecided decided) {
    if (decided.status() == ApplicationStatus.DENIED) {
      cancel(decided.applicationId());
    }
  }

  /**
   * The application ended without an approval: its open promises are cancelled with their timers.
   */
  private void cancel(String applicationId) {
    for (PromiseRow promise : promises.findByApplication(applicationId)) {
      if (promise.status() != PromiseStatus.PROMISED) {
        continue;
      }
      promises.markCancelled(promise.id());
      if (promise.processInstanceId() != null
          && runtime
                  .createProcessInstanceQuery()
                  .processInstanceId(promise.processInstanceId())
                  .count()
              > 0) {
        runtime.deleteProcessInstance(promise.processInstanceId(), "application ended");
      }
    }
  }
}
