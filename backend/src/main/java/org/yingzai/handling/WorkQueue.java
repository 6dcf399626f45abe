package org.yingzai.handling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.WarningLevel;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.handling.WorkTaskMapper.QueueFilter;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.shared.LikePatterns;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * A clerk's work as they read it: their queue (claimed by them, or offered to their {@code
 * <dept>:<duty>} groups), one task, and each task with its level and what completing it takes.
 */
@Service
class WorkQueue {

  private final WorkTaskMapper workTasks;
  private final ClockLedger clocks;
  private final ApplicationProgress applications;
  private final WorkingCalendar calendar;

  WorkQueue(
      WorkTaskMapper workTasks,
      ClockLedger clocks,
      ApplicationProgress applications,
      WorkingCalendar calendar) {
    this.calendar = calendar;
    this.workTasks = workTasks;
    this.clocks = clocks;
    this.applications = applications;
  }

  /** The current user, who must be a clerk; 403 for anyone else. */
  static AuthenticatedUser clerk() {
    AuthenticatedUser user = CurrentUser.get();
    if (user.role() != Role.CLERK) {
      throw new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN");
    }
    return user;
  }

  /** Whether the task is the clerk's to see: offered to their groups, or claimed by them. */
  static boolean mayWork(AuthenticatedUser clerk, WorkTaskRow task) {
    return task != null
        && (clerk.candidateGroups().contains(task.candidateGroup())
            || clerk.username().equals(task.assignee()));
  }

  /**
   * The clerk's open work, most urgent first (by the step's level with green-channel work first
   * within it, then by due time, then oldest first), narrowed by the filter.
   */
  // no transaction: under READ COMMITTED each statement reads its own snapshot either way, and a
  // read-only transaction would add three statements (auto-commit off, commit, on) to each lookup
  PageResponse<TaskResponse> openTasks(TaskFilter filter, PageRequest page) {
    AuthenticatedUser clerk = clerk();
    Set<String> groups = clerk.candidateGroups();
    TaskFilter given = filter == null ? TaskFilter.NONE : filter;
    QueueFilter criteria =
        new QueueFilter(
            given.level(),
            given.step(),
            given.itemCode(),
            given.number() == null ? null : LikePatterns.escape(given.number()) + "%");
    LongSupplier count = () -> workTasks.countOpen(clerk.username(), groups, criteria);
    if (page.offset() > 0) {
      // a later page reads every arm's window from its start: the count first, and a page past the
      // end is not read at all
      long total = count.getAsLong();
      List<TaskResponse> content =
          total <= page.offset() ? List.of() : rows(clerk, groups, criteria, page);
      return new PageResponse<>(content, page.page(), page.size(), total);
    }
    // the first page first: a clerk's filtered lookup usually fits on it and needs no count
    return PageResponse.read(rows(clerk, groups, criteria, page), page, count);
  }

  private List<TaskResponse> rows(
      AuthenticatedUser clerk, Set<String> groups, QueueFilter criteria, PageRequest page) {
    return workTasks
        .findOpen(clerk.username(), groups, criteria, page.offset(), page.size())
        .stream()
        .map(this::response)
        .toList();
  }

  /**
   * An open task the clerk may see: offered to their groups or claimed by them (a colleague's claim
   * shows as its assignee). Another department's or duty's task answers 404 as if it did not exist;
   * a finished one answers 409 (see {@link #closed(WorkTaskRow)}).
   */
  @Transactional(readOnly = true)
  TaskResponse task(String taskId) {
    AuthenticatedUser clerk = clerk();
    WorkTaskRow task = workTasks.findById(taskId);
    if (!mayWork(clerk, task)) {
      throw ProblemException.notFound("TASK_NOT_FOUND", taskId);
    }
    if (task.completedAt() != null) {
      throw closed(task);
    }
    return response(task);
  }

  /**
   * Why a finished task cannot be worked: {@code TASK_APPLICATION_WITHDRAWN} when its applicant
   * withdrew the application, else {@code TASK_ALREADY_COMPLETED}; both 409.
   */
  ProblemException closed(WorkTaskRow task) {
    ApplicationSummary application = applications.summary(task.applicationId());
    return application.status() == ApplicationStatus.WITHDRAWN
        ? ProblemException.conflict("TASK_APPLICATION_WITHDRAWN", application.number())
        : ProblemException.conflict("TASK_ALREADY_COMPLETED", task.taskId());
  }

  /** The open task of the application that the clerk may work now, if there is one. */
  @Transactional(readOnly = true)
  Optional<String> openTaskOf(String applicationId) {
    AuthenticatedUser clerk = clerk();
    return Optional.ofNullable(
        workTasks.findOpenOfApplication(applicationId, clerk.username(), clerk.candidateGroups()));
  }

  /**
   * The task as a clerk sees it, with its outcomes and its level: as the step timers set it, or
   * derived now from its own limit and due time for a task of an earlier process version.
   */
  TaskResponse response(WorkTaskRow row) {
    OffsetDateTime dueAt = Times.local(row.dueAt());
    WarningLevel level =
        row.warningLevel() != null || dueAt == null || row.stepLimit() == null
            ? row.warningLevel()
            : clocks.limitLevel(dueAt, row.stepLimit(), row.limitUnit()).level();
    List<Outcome> outcomes = Outcome.allowed(row.taskKey(), row.step(), row.handlingType());
    return new TaskResponse(
        row.taskId(),
        row.step(),
        row.applicationId(),
        row.applicationNumber(),
        row.itemName(),
        Times.local(row.createdAt()),
        dueAt,
        level,
        row.assignee(),
        row.taskKey(),
        outcomes.stream().map(Outcome::name).toList(),
        outcomes.stream().filter(Outcome::needsComment).map(Outcome::name).toList(),
        row.itemCode(),
        Times.local(row.applicationDeadline()),
        calendar.isProvisional(row.createdAt(), row.dueAt()),
        calendar.isProvisional(row.createdAt(), row.applicationDeadline()),
        row.greenChannel());
  }
}
