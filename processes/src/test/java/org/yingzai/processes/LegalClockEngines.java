package org.yingzai.processes;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Process engines for the legal clock tests, on the database of {@link TestEngine}, with a stand-in
 * for the backend's timer delegate. {@link #build} makes a new engine at every call, so that a test
 * can close one and build the next on the same database, as a restarted service hall does.
 */
final class LegalClockEngines {

  static final TimerDelegateStandIn DELEGATE = new TimerDelegateStandIn();

  private static ProcessEngine shared;

  private LegalClockEngines() {}

  /** The engine the legal clock tests share, built once per test JVM. */
  static synchronized ProcessEngine shared() {
    if (shared == null) {
      shared = build("legal-clock-tests");
    }
    return shared;
  }

  /** A new engine on the tests' database; the caller closes it. */
  static ProcessEngine build(String name) {
    StandaloneProcessEngineConfiguration configuration = TestEngine.configuration(name);
    configuration.setBeans(Map.of(LegalClock.DELEGATE, DELEGATE));
    return configuration.buildProcessEngine();
  }

  /**
   * Stands in for the backend's timer delegate, which derives the level from the ledger: here the
   * level follows from the instants alone, and the next level is set as the backend sets it.
   */
  static final class TimerDelegateStandIn implements JavaDelegate {

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public void execute(DelegateExecution execution) {
      Date now = ClockUtil.getCurrentTime();
      Date yellowAt = (Date) execution.getVariable(LegalClock.VAR_YELLOW_AT);
      Date redAt = (Date) execution.getVariable(LegalClock.VAR_RED_AT);
      String next;
      if (!now.before(redAt)) {
        next = LegalClock.NEXT_NONE;
      } else if (!now.before(yellowAt)) {
        next = LegalClock.NEXT_RED;
      } else {
        next = LegalClock.NEXT_YELLOW;
      }
      execution.setVariable(LegalClock.VAR_NEXT_LEVEL, next);
      calls.incrementAndGet();
    }

    int calls() {
      return calls.get();
    }

    void reset() {
      calls.set(0);
    }
  }
}
