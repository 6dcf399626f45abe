package org.yingzai.handling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.Step;
import org.yingzai.catalog.HandlingType;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.WarningLevel;

@Mapper
interface WorkTaskMapper {

  /** What the step levels need of a task in the queue, whether just opened or read back. */
  sealed interface QueuedTask permits WorkTaskRow, OpenedTask {

    String taskId();

    String applicationId();

    String taskKey();

    Step step();

    String departmentCode();

    String candidateGroup();

    Instant dueAt();
  }

  /** A task's row as the queue keeps it, with its application's item and deadline. */
  record WorkTaskRow(
      String taskId,
      String applicationId,
      String applicationNumber,
      String itemName,
      String taskKey,
      Step step,
      String departmentCode,
      String candidateGroup,
      String assignee,
      Instant createdAt,
      Instant dueAt,
      WarningLevel warningLevel,
      Instant completedAt,
      String completedBy,
      Outcome outcome,
      Integer stepLimit,
      LimitUnit limitUnit,
      HandlingType handlingType,
      String itemCode,
      Instant applicationDeadline,
      boolean greenChannel)
      implements QueuedTask {}

  /**
   * A task just opened for an application, as its queue row is inserted; the application's green
   * channel is read by the insert.
   *
   * @param dueAt the task's own due date, else the end of the step's limit
   * @param warningLevel the level of a step armed with timers, {@code null} for one whose level is
   *     derived when it is read
   */
  record OpenedTask(
      String taskId,
      String applicationId,
      String applicationNumber,
      String itemName,
      String taskKey,
      Step step,
      String departmentCode,
      String candidateGroup,
      String assignee,
      Instant createdAt,
      Instant dueAt,
      WarningLevel warningLevel,
      Integer stepLimit,
      LimitUnit limitUnit,
      HandlingType handlingType,
      String itemCode)
      implements QueuedTask {

    /**
     * @param schedule the step's own clock, {@code null} for a step without a limit
     */
    static OpenedTask of(
        ApplicationSummary application,
        String taskId,
        String taskKey,
        Step step,
        String candidateGroup,
        String assignee,
        Instant createdAt,
        Instant dueAt,
        StepSchedule schedule,
        WarningLevel level) {
      return new OpenedTask(
          taskId,
          application.id(),
          application.number(),
          application.itemName(),
          taskKey,
          step,
          application.departmentCode(),
          candidateGroup,
          assignee,
          createdAt,
          dueAt,
          level,
          schedule == null ? null : schedule.limit(),
          schedule == null ? null : schedule.unit(),
          application.handlingType(),
          application.itemCode());
    }
  }

  /**
   * What the queue is narrowed to; {@code null} parts do not narrow.
   *
   * @param numberPattern a {@code LIKE} pattern of the application number
   */
  record QueueFilter(WarningLevel level, Step step, String itemCode, String numberPattern) {

    static final QueueFilter NONE = new QueueFilter(null, null, null, null);
  }

  void insert(OpenedTask task);

  WorkTaskRow findById(@Param("taskId") String taskId);

  WorkTaskRow lockById(@Param("taskId") String taskId);

  int updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

  int updateWarningLevel(@Param("taskId") String taskId, @Param("level") WarningLevel level);

  int updateDueAt(@Param("taskId") String taskId, @Param("dueAt") Instant dueAt);

  /**
   * The open tasks whose step timers keep a stored level (a limit and a level), in task id order
   * after {@code after}: a page of the pass that re-arms them after a calendar change.
   */
  List<String> findOpenWithStepTimers(@Param("after") String after, @Param("limit") int limit);

  int markCompleted(
      @Param("taskId") String taskId,
      @Param("at") Instant at,
      @Param("by") String by,
      @Param("outcome") Outcome outcome);

  /**
   * The user's open work, most urgent first (by the step's due time, then oldest first), narrowed
   * by the filter.
   */
  List<WorkTaskRow> findOpen(
      @Param("username") String username,
      @Param("groups") Collection<String> groups,
      @Param("filter") QueueFilter filter,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countOpen(
      @Param("username") String username,
      @Param("groups") Collection<String> groups,
      @Param("filter") QueueFilter filter);

  /** Whether the application has an open task at the step. */
  boolean hasOpenStep(@Param("applicationId") String applicationId, @Param("step") Step step);

  /** The open task of the application that the user may work, if any. */
  String findOpenOfApplication(
      @Param("applicationId") String applicationId,
      @Param("username") String username,
      @Param("groups") Collection<String> groups);

  /** The open tasks by their step's level (none for a task without one). */
  record LevelCount(String level, long tasks) {}

  List<LevelCount> countOpenByLevel();
}
