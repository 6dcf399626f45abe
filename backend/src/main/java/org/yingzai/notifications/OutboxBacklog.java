package org.yingzai.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The messages of the outbox due by now and not sent, {@code yingzai.outbox.backlog}: it grows when
 * a channel is down or the senders fall behind (docs/operations.md).
 */
@Component
class OutboxBacklog implements MeterBinder {

  private final OutboxMapper outbox;
  private final Clock clock;

  OutboxBacklog(OutboxMapper outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("yingzai.outbox.backlog", this, OutboxBacklog::due)
        .description("Outbox messages due to be sent and not sent yet")
        .register(registry);
  }

  long due() {
    return outbox.countDue(clock.instant());
  }
}
