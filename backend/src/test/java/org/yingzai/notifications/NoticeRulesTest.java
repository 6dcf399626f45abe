package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationRevoked;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.Step;
import org.yingzai.applications.WarningTurnedRed;
import org.yingzai.catalog.HandlingType;
import org.yingzai.handling.StepTurnedRed;
import org.yingzai.identity.Staff;

/** Who is told what, when a clock or a step turns red and when an approval is revoked. */
class NoticeRulesTest {

  private static final String ID = "a-1";
  private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-12-09T23:59:59+08:00");

  private final Inbox inbox = mock(Inbox.class);
  private final Staff staff = mock(Staff.class);
  private final ApplicationProgress applications = mock(ApplicationProgress.class);
  private final ResourceBundleMessageSource messages = bundles();

  private final WarningNotices warnings = new WarningNotices(inbox, staff, applications, messages);
  private final RevocationNotices revocations = new RevocationNotices(inbox, staff, messages);

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/notifications");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private void anApplication() {
    when(applications.summary(ID))
        .thenReturn(
            new ApplicationSummary(
                ID,
                "YZ20261201000007",
                "GX-PLAN-001",
                "建设工程规划许可证核发",
                "planning",
                3L,
                HandlingType.COMMITTED,
                ApplicationStatus.UNDER_REVIEW,
                "p-1"));
  }

  @Test
  void aRedApplicationTellsTheDepartmentsClerksAndTheSupervisorsOnceEach() {
    anApplication();
    when(staff.clerksOf("planning")).thenReturn(List.of("clerk", "reviewer", "both"));
    when(staff.supervisors()).thenReturn(List.of("supervisor", "both"));

    warnings.on(new WarningTurnedRed(ID, "planning", DUE));

    ArgumentCaptor<Collection<String>> recipients = recipients();
    ArgumentCaptor<String> title = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(inbox)
        .deliver(
            recipients.capture(),
            eq(WarningNotices.KIND_WARNING_RED),
            eq(ID),
            title.capture(),
            body.capture());
    assertThat(recipients.getValue()).contains("clerk", "reviewer", "supervisor", "both");
    assertThat(title.getValue()).contains("YZ20261201000007");
    assertThat(body.getValue()).contains("建设工程规划许可证核发", "2026-12-09 23:59");
  }

  @Test
  void aRedStepTellsOnlyTheClerksWhoHoldItsDutyAndNamesTheStep() {
    anApplication();
    when(staff.clerksWithDuty("planning", "review")).thenReturn(List.of("reviewer"));

    warnings.on(new StepTurnedRed("t-1", ID, Step.REVIEW, "planning", "review", DUE));

    ArgumentCaptor<Collection<String>> recipients = recipients();
    ArgumentCaptor<String> title = ArgumentCaptor.forClass(String.class);
    verify(inbox)
        .deliver(
            recipients.capture(),
            eq(WarningNotices.KIND_STEP_RED),
            eq(ID),
            title.capture(),
            anyString());
    assertThat(recipients.getValue()).containsExactly("reviewer");
    assertThat(title.getValue()).contains("审查");
    verify(staff, never()).supervisors();
  }

  @Test
  void aStepWithoutALabelIsNamedByItsCodeRatherThanFailTheTimer() {
    anApplication();
    when(staff.clerksWithDuty("planning", "verify")).thenReturn(List.of("clerk"));

    warnings.on(new StepTurnedRed("t-2", ID, Step.ISSUE, "planning", "verify", DUE));

    ArgumentCaptor<String> title = ArgumentCaptor.forClass(String.class);
    verify(inbox).deliver(anyCollection(), anyString(), eq(ID), title.capture(), anyString());
    assertThat(title.getValue()).contains("ISSUE");
  }

  @Test
  void aRedApplicationIsToldToTheClerksOfTheDepartmentThatTurnedRedOnly() {
    anApplication();
    when(staff.clerksOf("market")).thenReturn(List.of("market-clerk"));
    when(staff.supervisors()).thenReturn(List.of("supervisor"));

    warnings.on(new WarningTurnedRed(ID, "market", DUE));

    ArgumentCaptor<Collection<String>> recipients = recipients();
    verify(inbox)
        .deliver(
            recipients.capture(),
            eq(WarningNotices.KIND_WARNING_RED),
            eq(ID),
            anyString(),
            anyString());
    assertThat(recipients.getValue()).containsExactly("market-clerk", "supervisor");
    verify(staff, never()).clerksOf("planning");
  }

  @ParameterizedTest
  @CsvSource({"ACCEPT, 受理", "SUPPLEMENT, 补正", "DECIDE, 决定", "VERIFY, 核查"})
  void aRedStepIsNamedInWords(Step step, String words) {
    anApplication();
    when(staff.clerksWithDuty("planning", "x")).thenReturn(List.of("clerk"));

    warnings.on(new StepTurnedRed("t-3", ID, step, "planning", "x", DUE));

    ArgumentCaptor<String> title = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(inbox)
        .deliver(
            anyCollection(),
            eq(WarningNotices.KIND_STEP_RED),
            eq(ID),
            title.capture(),
            body.capture());
    assertThat(title.getValue()).contains(words).doesNotContain(step.name());
    assertThat(body.getValue()).contains("建设工程规划许可证核发", "2026-12-09 23:59");
  }

  @Test
  void aRedStepWithNobodyHoldingItsDutyDeliversToNobody() {
    anApplication();
    when(staff.clerksWithDuty("planning", "decide")).thenReturn(List.of());

    warnings.on(new StepTurnedRed("t-4", ID, Step.DECIDE, "planning", "decide", DUE));

    ArgumentCaptor<Collection<String>> recipients = recipients();
    verify(inbox).deliver(recipients.capture(), anyString(), anyString(), anyString(), anyString());
    assertThat(recipients.getValue()).isEmpty();
  }

  @Test
  void aRevocationTellsTheEnterprisesUsersWithTheReason() {
    when(staff.usersOf(3L)).thenReturn(List.of("enterprise"));

    revocations.on(new ApplicationRevoked(ID, "YZ20261201000007", "食品经营许可", 3L, "现场核查不符"));

    ArgumentCaptor<Collection<String>> recipients = recipients();
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(inbox)
        .deliver(
            recipients.capture(),
            eq(RevocationNotices.KIND_REVOKED),
            eq(ID),
            any(),
            body.capture());
    assertThat(recipients.getValue()).containsExactly("enterprise");
    assertThat(body.getValue()).contains("食品经营许可", "YZ20261201000007", "现场核查不符");
  }

  @SuppressWarnings("unchecked")
  private static ArgumentCaptor<Collection<String>> recipients() {
    return ArgumentCaptor.forClass(Collection.class);
  }
}
