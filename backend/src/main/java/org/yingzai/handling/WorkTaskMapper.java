package org.yingzai.handling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WorkTaskMapper {

  record WorkTaskRow(
      String taskId,
      String applicationId,
      String applicationNumber,
      String itemName,
      String taskKey,
      String step,
      String departmentCode,
      String candidateGroup,
      String assignee,
      Instant createdAt,
      Instant dueAt,
      String warningLevel,
      Instant completedAt,
      String completedBy,
      String outcome,
      Integer stepLimit,
      String limitUnit,
      String handlingType,
      String itemCode,
      Instant applicationDeadline) {}

  /**
   * What the queue is narrowed to; {@code null} parts do not narrow.
   *
   * @param numberPattern a {@code LIKE} pattern of the application number
   */
  record QueueFilter(String level, String step, String itemCode, String numberPattern) {

    static final QueueFilter NONE = new QueueFilter(null, null, null, null);
  }

  void insert(WorkTaskRow row);

  WorkTaskRow findById(@Param("taskId") String taskId);

  WorkTaskRow lockById(@Param("taskId") String taskId);

  int updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

  int updateWarningLevel(@Param("taskId") String taskId, @Param("level") String level);

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
      @Param("outcome") String outcome);

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

  /** The open task of the application that the user may work, if any. */
  String findOpenOfApplication(
      @Param("applicationId") String applicationId,
      @Param("username") String username,
      @Param("groups") Collection<String> groups);
}
