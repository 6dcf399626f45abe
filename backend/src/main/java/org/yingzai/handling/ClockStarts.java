package org.yingzai.handling;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.HandlingType;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.ClockLedger;

/**
 * Starts an accepted application's clock on its item's promised limit (an instant item is due the
 * day it is accepted), and copies it onto the application.
 */
@Component
class ClockStarts {

  private final Catalog catalog;
  private final ClockLedger clocks;
  private final ApplicationProgress applications;

  ClockStarts(Catalog catalog, ClockLedger clocks, ApplicationProgress applications) {
    this.catalog = catalog;
    this.clocks = clocks;
    this.applications = applications;
  }

  // the application as locked by the caller: its item does not change while it is handled
  void start(
      ApplicationSummary application, LocalDate acceptedOn, String legalBasis, String actor) {
    ServiceItem item = catalog.requireItem(application.itemCode());
    int limit = item.handlingType() == HandlingType.INSTANT ? 0 : item.promisedLimit();
    applications.updateClock(
        application.id(),
        clocks.start(
            application.id(),
            acceptedOn,
            limit,
            item.legalLimit(),
            item.limitUnit(),
            item.maxExtension(),
            legalBasis,
            actor));
  }
}
