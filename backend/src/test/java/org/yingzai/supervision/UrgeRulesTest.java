package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.HandlingType;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.Role;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;
import org.yingzai.supervision.UrgeMapper.UrgeRow;
import org.yingzai.supervision.UrgeRequests.FeedbackRequest;
import org.yingzai.supervision.UrgeRequests.UrgeRequest;

/**
 * 督办: what an urge needs, on which applications it may be made, and who answers it, once, in
 * writing.
 */
class UrgeRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  private static final String ID = "a-1";

  private final UrgeMapper urges = mock(UrgeMapper.class);
  private final ApplicationProgress applications = mock(ApplicationProgress.class);
  private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  private final UrgeService service =
      new UrgeService(
          urges, applications, Clock.fixed(NOW, ZoneOffset.UTC), mock(AuditTrail.class), events);
  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @AfterEach
  void logOut() {
    SecurityContextHolder.clearContext();
  }

  private static void logIn(String username, Role role, String departmentCode) {
    AuthenticatedUser user =
        new AuthenticatedUser(
            username, username, role, null, departmentCode, null, Set.of("accept"));
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + role));
  }

  private void anApplication(ApplicationStatus status) {
    when(applications.summary(ID))
        .thenReturn(
            new ApplicationSummary(
                ID,
                "YZ20260302000001",
                "GX-PLAN-001",
                "规划许可",
                "planning",
                3L,
                HandlingType.COMMITTED,
                status,
                "p-1"));
  }

  private static UrgeRow urge(long id, String departmentCode, String answeredBy) {
    return new UrgeRow(
        id,
        ID,
        departmentCode,
        "supervisor",
        NOW,
        "请加快",
        answeredBy,
        answeredBy == null ? null : NOW,
        answeredBy == null ? null : "已办",
        "YZ20260302000001",
        "规划许可");
  }

  private static ProblemException problem(Runnable call) {
    try {
      call.run();
    } catch (ProblemException e) {
      return e;
    }
    throw new AssertionError("no problem was answered");
  }

  @Test
  void anUrgeGoesToTheApplicationsDepartmentWithTheReasonStripped() {
    logIn("supervisor", Role.SUPERVISOR, null);
    anApplication(ApplicationStatus.UNDER_REVIEW);
    when(urges.lastInsertId()).thenReturn(7L);
    when(urges.findById(7L)).thenReturn(urge(7, "planning", null));

    UrgeResponse urged = service.urge(ID, "  请加快办理 \n");

    ArgumentCaptor<UrgeRow> row = ArgumentCaptor.forClass(UrgeRow.class);
    verify(urges).insert(row.capture());
    assertThat(row.getValue().applicationId()).isEqualTo(ID);
    assertThat(row.getValue().departmentCode()).isEqualTo("planning");
    assertThat(row.getValue().urgedBy()).isEqualTo("supervisor");
    assertThat(row.getValue().urgedAt()).isEqualTo(NOW);
    assertThat(row.getValue().reason()).isEqualTo("请加快办理");
    assertThat(row.getValue().answeredAt()).isNull();
    assertThat(urged.id()).isEqualTo(7);
    assertThat(urged.applicationNumber()).isEqualTo("YZ20260302000001");
    // the department's clerks are told by the event
    ArgumentCaptor<ApplicationUrged> event = ArgumentCaptor.forClass(ApplicationUrged.class);
    verify(events).publishEvent(event.capture());
    assertThat(event.getValue().urgeId()).isEqualTo(7);
    assertThat(event.getValue().departmentCode()).isEqualTo("planning");
    assertThat(event.getValue().reason()).isEqualTo("请加快办理");
  }

  @Test
  void anApplicationMayBeUrgedAgainWhileItsFirstUrgeIsOpen() {
    logIn("supervisor", Role.SUPERVISOR, null);
    anApplication(ApplicationStatus.SUBMITTED);
    when(urges.findById(anyLong())).thenReturn(urge(1, "planning", null));

    service.urge(ID, "第一次");
    service.urge(ID, "第二次");

    ArgumentCaptor<UrgeRow> rows = ArgumentCaptor.forClass(UrgeRow.class);
    verify(urges, times(2)).insert(rows.capture());
    assertThat(rows.getAllValues()).extracting(UrgeRow::reason).containsExactly("第一次", "第二次");
  }

  @Test
  void aDraftIsNotThereToBeUrged() {
    logIn("supervisor", Role.SUPERVISOR, null);
    anApplication(ApplicationStatus.DRAFT);

    ProblemException refused = problem(() -> service.urge(ID, "x"));

    assertThat(refused.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refused.code()).isEqualTo("APPLICATION_NOT_FOUND");
    verify(urges, never()).insert(any());
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationStatus.class,
      names = {"APPROVED", "DENIED", "NOT_ACCEPTED", "WITHDRAWN", "REVOKED"})
  void aFinishedApplicationIsNotUrged(ApplicationStatus finished) {
    logIn("supervisor", Role.SUPERVISOR, null);
    anApplication(finished);

    ProblemException refused = problem(() -> service.urge(ID, "x"));

    assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.code()).isEqualTo("APPLICATION_FINISHED");
    assertThat(refused.arguments()).containsExactly("YZ20260302000001");
    verify(urges, never()).insert(any());
  }

  @Test
  void theDepartmentAnswersItsUrgeWithTheFeedbackStripped() {
    logIn("clerk", Role.CLERK, "planning");
    when(urges.lockById(5L)).thenReturn(urge(5, "planning", null));
    when(urges.findById(5L)).thenReturn(urge(5, "planning", "clerk"));

    UrgeResponse answered = service.answer(5L, " 已安排专人办理 ");

    verify(urges).answer(5L, "clerk", NOW, "已安排专人办理");
    assertThat(answered.answeredBy()).isEqualTo("clerk");
  }

  @Test
  void anotherDepartmentsUrgeIsNotThereForTheClerk() {
    logIn("market-clerk", Role.CLERK, "market");
    when(urges.lockById(5L)).thenReturn(urge(5, "planning", null));

    ProblemException refused = problem(() -> service.answer(5L, "x"));

    assertThat(refused.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refused.code()).isEqualTo("URGE_NOT_FOUND");
    verify(urges, never()).answer(anyLong(), anyString(), any(), anyString());
  }

  @Test
  void anUnknownUrgeIsNotFound() {
    logIn("clerk", Role.CLERK, "planning");

    assertThat(problem(() -> service.answer(99L, "x")).code()).isEqualTo("URGE_NOT_FOUND");
  }

  @Test
  void anUrgeIsAnsweredOnceAndTheSecondAnswerNamesTheFirstAnswerer() {
    logIn("reviewer", Role.CLERK, "planning");
    when(urges.lockById(5L)).thenReturn(urge(5, "planning", "clerk"));

    ProblemException refused = problem(() -> service.answer(5L, "再次"));

    assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.code()).isEqualTo("URGE_ALREADY_ANSWERED");
    assertThat(refused.arguments()).containsExactly("clerk");
    verify(urges, never()).answer(anyLong(), anyString(), any(), anyString());
  }

  @Test
  void aClerkReadsTheUrgesOfTheirOwnDepartmentOnly() {
    logIn("clerk", Role.CLERK, "planning");
    when(urges.findPage("planning", true, 20, 10)).thenReturn(List.of(urge(1, "planning", null)));

    var page = service.ofMyDepartment(true, PageRequest.of(2, 10));

    assertThat(page.content()).extracting(UrgeResponse::id).containsExactly(1L);
    // the third page of ten shows one: the list ends there, nothing to count
    assertThat(page.totalElements()).isEqualTo(21);
    verify(urges, never()).count(any(), any());
  }

  @Test
  void anUrgeNeedsAReasonAndAnApplicationAndAnAnswerNeedsFeedback() {
    assertThat(validator.validate(new UrgeRequest(ID, "请加快"))).isEmpty();
    assertThat(fields(validator.validate(new UrgeRequest(ID, " ")))).containsExactly("reason");
    assertThat(fields(validator.validate(new UrgeRequest(" ", "请加快"))))
        .containsExactly("applicationId");
    assertThat(fields(validator.validate(new UrgeRequest(ID, "长".repeat(2001)))))
        .containsExactly("reason");
    assertThat(validator.validate(new UrgeRequest(ID, "长".repeat(2000)))).isEmpty();

    assertThat(fields(validator.validate(new FeedbackRequest("")))).containsExactly("feedback");
    assertThat(fields(validator.validate(new FeedbackRequest(null)))).containsExactly("feedback");
    assertThat(fields(validator.validate(new FeedbackRequest("答".repeat(4001)))))
        .containsExactly("feedback");
    assertThat(validator.validate(new FeedbackRequest("答".repeat(4000)))).isEmpty();
  }

  private static List<String> fields(Set<? extends ConstraintViolation<?>> all) {
    return all.stream().map(v -> v.getPropertyPath().toString()).distinct().toList();
  }

  @Test
  void nothingIsUrgedWithoutALoggedInSupervisorsName() {
    anApplication(ApplicationStatus.UNDER_REVIEW);

    assertThatThrownBy(() -> service.urge(ID, "x"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
    verify(urges, never()).insert(any());
  }
}
