package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.Role;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

/**
 * Which reads a page of the clerk's queue costs: the first page is read before its count (a
 * filtered lookup that fits on it needs none); a later page is counted first, since its window is
 * read from the start of every arm, and a page past the end is not read at all.
 */
class WorkQueuePagesTest {

  private final WorkTaskMapper workTasks = mock(WorkTaskMapper.class);
  private final WorkQueue queue =
      new WorkQueue(
          workTasks,
          mock(ClockLedger.class),
          mock(ApplicationProgress.class),
          mock(WorkingCalendar.class));

  @BeforeEach
  void signInAsReviewer() {
    AuthenticatedUser reviewer =
        new AuthenticatedUser(
            "reviewer", "审查员", Role.CLERK, null, "planning", null, Set.of("review"));
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(reviewer, null, "ROLE_CLERK"));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aFirstPageThatEndsTheListNeedsNoCount() {
    when(workTasks.findOpen(anyString(), any(), any(), eq(0L), eq(20))).thenReturn(List.of());

    PageResponse<TaskResponse> page = queue.openTasks(null, new PageRequest(0, 20));

    assertThat(page.totalElements()).isZero();
    verify(workTasks, never()).countOpen(anyString(), any(), any());
  }

  @Test
  void aPagePastTheEndIsCountedAndNotRead() {
    when(workTasks.countOpen(anyString(), any(), any())).thenReturn(1000L);

    PageResponse<TaskResponse> page = queue.openTasks(null, new PageRequest(50, 20));

    assertThat(page.content()).isEmpty();
    assertThat(page.totalElements()).isEqualTo(1000);
    verify(workTasks, never()).findOpen(anyString(), any(), any(), anyLong(), anyInt());
  }

  @Test
  void aLaterPageWithinTheListIsReadAfterItsCount() {
    when(workTasks.countOpen(anyString(), any(), any())).thenReturn(1001L);
    when(workTasks.findOpen(anyString(), any(), any(), eq(1000L), eq(20))).thenReturn(List.of());

    PageResponse<TaskResponse> page = queue.openTasks(null, new PageRequest(50, 20));

    assertThat(page.totalElements()).isEqualTo(1001);
    verify(workTasks)
        .findOpen(eq("reviewer"), eq(Set.of("planning:review")), any(), eq(1000L), eq(20));
  }
}
