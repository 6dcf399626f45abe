package org.yingzai.ratings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationAccess;
import org.yingzai.applications.ApplicationResponse;
import org.yingzai.applications.ApplicationResponse.TimelineResponse;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.applications.Step;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The enterprise rates its finished application once (国办发〔2019〕51号) — a bad rating opens a
 * rectification, after whose answer it may rate a second time — and with it the officer of each
 * step it names: the officer is whoever last acted at that step by the application's timeline.
 */
@Service
class Ratings {

  /** Steps an officer works at, which the applicant may rate. */
  static final Set<Step> RATEABLE_STEPS =
      EnumSet.of(Step.ACCEPT, Step.REVIEW, Step.DECIDE, Step.ISSUE);

  private final RatingMapper mapper;
  private final ApplicationViews applications;
  private final ApplicationAccess access;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Rectifications rectifications;
  private final Clock clock;

  Ratings(
      RatingMapper mapper,
      ApplicationViews applications,
      ApplicationAccess access,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Rectifications rectifications,
      Clock clock) {
    this.mapper = mapper;
    this.applications = applications;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.rectifications = rectifications;
    this.clock = clock;
  }

  /**
   * @throws ProblemException {@code 404 APPLICATION_NOT_FOUND} unless it is the enterprise's own,
   *     {@code 409 APPLICATION_NOT_FINISHED} before it is finished, {@code 409 RATING_EXISTS} when
   *     it is rated (a second time only after the answer to the rectification a bad first rating
   *     opened), {@code 400 STEP_NOT_RATEABLE} for a step nobody worked on, {@code 400
   *     STEP_RATED_TWICE}
   */
  @Transactional
  RatingResponse rate(String applicationId, RatingRequest request) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationResponse application = applications.get(applicationId);
    if (user.enterpriseId() == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    if (!application.status().isFinished()) {
      throw ProblemException.conflict(
          "APPLICATION_NOT_FINISHED", application.number(), application.status());
    }
    int round = round(applicationId, application.number());
    Map<Step, String> officers = officers(application.timeline());
    List<RatingMapper.StepRow> steps = new ArrayList<>();
    Set<Step> rated = EnumSet.noneOf(Step.class);
    for (RatingRequest.StepRating step : request.steps()) {
      if (!rated.add(step.step())) {
        throw ProblemException.badRequest("STEP_RATED_TWICE", step.step());
      }
      String officer = officers.get(step.step());
      if (officer == null) {
        throw ProblemException.badRequest("STEP_NOT_RATEABLE", step.step());
      }
      steps.add(new RatingMapper.StepRow(0, step.step(), officer, step.level()));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String comment =
        request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
    RatingMapper.NewRating rating =
        new RatingMapper.NewRating(
            applicationId,
            round,
            user.enterpriseId(),
            user.username(),
            request.level(),
            comment,
            application.department().code(),
            application.itemCode(),
            now);
    try {
      mapper.insert(rating);
    } catch (DuplicateKeyException raced) {
      throw ProblemException.conflict("RATING_EXISTS", application.number());
    }
    long id = rating.id;
    if (!steps.isEmpty()) {
      mapper.insertSteps(
          steps.stream()
              .map(s -> new RatingMapper.StepRow(id, s.step(), s.officer(), s.level()))
              .toList());
    }
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("level", request.level());
    change.put("round", round);
    change.put("steps", steps.stream().map(s -> Map.of(s.step(), s.level())).toList());
    audit.record(
        RatingAuditAction.RATED,
        AuditObject.ofApplication("rating", Long.toString(id), applicationId),
        comment,
        change);
    if (round == 1 && request.level().isBad()) {
      rectifications.open(
          id,
          applicationId,
          application.number(),
          application.department().code(),
          application.itemCode(),
          now);
    }
    events.publishEvent(
        new ApplicationRated(
            id, applicationId, round, request.level(), application.department().code()));
    return ratingsOf(applicationId).get(round - 1);
  }

  /**
   * The round a new rating of the application would be: the first, or the second once the
   * rectification its bad first rating opened is answered.
   */
  private int round(String applicationId, String number) {
    int given = mapper.findByApplication(applicationId).size();
    if (given == 0) {
      return 1;
    }
    if (given == 1 && rectifications.answered(applicationId)) {
      return 2;
    }
    throw ProblemException.conflict("RATING_EXISTS", number);
  }

  /**
   * Whether the enterprise may rate the application now (a first or, after the answer, a second
   * time).
   */
  @Transactional(readOnly = true)
  boolean rateable(ApplicationResponse application) {
    if (!application.status().isFinished()) {
      return false;
    }
    int given = mapper.findByApplication(application.id()).size();
    return given == 0 || (given == 1 && rectifications.answered(application.id()));
  }

  /** The application's ratings, oldest first, for whoever may see the application. */
  @Transactional(readOnly = true)
  List<RatingResponse> of(String applicationId) {
    access.visible(applicationId);
    return ratingsOf(applicationId);
  }

  private List<RatingResponse> ratingsOf(String applicationId) {
    List<RatingMapper.StepRow> steps = mapper.findSteps(applicationId);
    return mapper.findByApplication(applicationId).stream()
        .map(
            row ->
                new RatingResponse(
                    row.id(),
                    row.applicationId(),
                    row.round(),
                    row.level(),
                    row.comment(),
                    row.ratedBy(),
                    Times.local(row.ratedAt()),
                    steps.stream()
                        .filter(step -> step.ratingId() == row.id())
                        // in the order the steps are worked
                        .sorted(java.util.Comparator.comparing(RatingMapper.StepRow::step))
                        .map(
                            step ->
                                new RatingResponse.StepRating(
                                    step.step(), step.officer(), step.level()))
                        .toList()))
        .toList();
  }

  /** Who last acted at each step an officer works at, by the timeline. */
  static Map<Step, String> officers(List<TimelineResponse> timeline) {
    Map<Step, String> officers = new LinkedHashMap<>();
    for (TimelineResponse entry : timeline) {
      Optional.ofNullable(entry.step())
          .filter(RATEABLE_STEPS::contains)
          .filter(step -> entry.actor() != null && !CurrentUser.SYSTEM.equals(entry.actor()))
          .ifPresent(step -> officers.put(step, entry.actor()));
    }
    return officers;
  }
}
