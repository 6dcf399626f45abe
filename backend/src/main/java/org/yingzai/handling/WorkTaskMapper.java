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
      String handlingType) {}

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

  /** The user's open work, oldest first; {@code level} narrows it to the steps at that level. */
  List<WorkTaskRow> findOpen(
      @Param("username") String username,
      @Param("groups") Collection<String> groups,
      @Param("level") String level,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countOpen(
      @Param("username") String username,
      @Param("groups") Collection<String> groups,
      @Param("level") String level);
}
