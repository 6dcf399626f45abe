package org.yingzai.shared;

/**
 * Timers of a job handler type whose runs the engine's job log leaves out, because the module that
 * runs them keeps its own record of what each one did ({@link TimerJobLog}).
 */
public interface UnloggedTimers {

  /** The job handler type of these timers in the engine's job table. */
  String jobHandlerType();
}
