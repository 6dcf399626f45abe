package org.yingzai.processes;

/**
 * Element ids, message names and variable names of the legal clock process ({@code
 * bpmn/legal-clock.bpmn}): one instance per accepted application, business key = application id,
 * whose timers turn the warning level YELLOW and RED at the exact moment (DESIGN.md §5).
 *
 * <p>Whoever starts the instance, correlates {@link #MESSAGE_CLOCK_CHANGED} or runs {@link
 * #DELEGATE} sets {@link #VAR_YELLOW_AT}, {@link #VAR_RED_AT} and {@link #VAR_NEXT_LEVEL} from the
 * ledger; the gateway {@link #GATEWAY_NEXT_CHANGE} arms the timers that {@link #VAR_NEXT_LEVEL}
 * asks for.
 */
public final class LegalClock {

  public static final String PROCESS_KEY = "legal-clock";
  public static final String RESOURCE = "bpmn/legal-clock.bpmn";

  // start and end
  public static final String START_CLOCK_STARTED = "clockStarted";
  public static final String END_CLOCK_STOPPED = "clockEnded";

  /** Routes on {@link #VAR_NEXT_LEVEL} to the wait state with the timers it needs. */
  public static final String GATEWAY_NEXT_CHANGE = "nextChange";

  // event-based gateways: the wait states
  /** GREEN and running: the yellow and the red timer, and both messages. */
  public static final String GATEWAY_WHILE_GREEN = "whileGreen";

  /** YELLOW and running: the red timer and both messages. */
  public static final String GATEWAY_WHILE_YELLOW = "whileYellow";

  /** RED, or paused (a paused clock keeps its level): no timer, only the messages. */
  public static final String GATEWAY_WHILE_SETTLED = "whileSettled";

  // timers
  public static final String TIMER_YELLOW = "yellowReached";
  public static final String TIMER_RED = "redReached";
  public static final String TIMER_RED_WHILE_YELLOW = "redReachedWhileYellow";

  /** Re-derives the level from the ledger after a timer, records a change, re-arms. */
  public static final String TASK_RECORD_LEVEL = "recordLevel";

  // message catch events
  public static final String CATCH_CHANGED_WHILE_GREEN = "changedWhileGreen";
  public static final String CATCH_CHANGED_WHILE_YELLOW = "changedWhileYellow";
  public static final String CATCH_CHANGED_WHILE_SETTLED = "changedWhileSettled";
  public static final String CATCH_STOPPED_WHILE_GREEN = "stoppedWhileGreen";
  public static final String CATCH_STOPPED_WHILE_YELLOW = "stoppedWhileYellow";
  public static final String CATCH_STOPPED_WHILE_SETTLED = "stoppedWhileSettled";

  // messages, correlated by business key (the application id)
  /** The ledger changed (pause, resume, extension); correlated with fresh timer variables. */
  public static final String MESSAGE_CLOCK_CHANGED = "clockChanged";

  /** The clock stopped for good (the decision); ends the instance. */
  public static final String MESSAGE_CLOCK_STOPPED = "clockStopped";

  /** The bean name of the timer delegate ({@code camunda:delegateExpression}). */
  public static final String DELEGATE = "warningTimerDelegate";

  // process variables
  /** String: the application id, also the business key. */
  public static final String VAR_APPLICATION_ID = "applicationId";

  /** java.util.Date: the instant the level turns YELLOW (start of that day, Asia/Shanghai). */
  public static final String VAR_YELLOW_AT = "yellowAt";

  /** java.util.Date: the instant the level turns RED, one second after the deadline. */
  public static final String VAR_RED_AT = "redAt";

  /** String: the level the clock reaches next by a timer, one of the NEXT_ values. */
  public static final String VAR_NEXT_LEVEL = "nextLevel";

  // values of VAR_NEXT_LEVEL
  public static final String NEXT_YELLOW = "YELLOW";
  public static final String NEXT_RED = "RED";

  /** Already RED, or paused: no timer runs. */
  public static final String NEXT_NONE = "NONE";

  private LegalClock() {}
}
