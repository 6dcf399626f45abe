package org.yingzai.applications;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationMapper.IdempotencyRow;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.shared.ProblemException;

/**
 * Creating and submitting with an {@code Idempotency-Key}: a repeat of the same request answers
 * what the first did; the same key for a different request is refused.
 */
@Component
class Idempotency {

  /** What a key was used for. */
  enum Operation {
    CREATE,
    SUBMIT
  }

  static final int MAX_KEY_LENGTH = 128;

  private final ApplicationMapper mapper;

  Idempotency(ApplicationMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The application the same request made earlier with this key, or null for a first request.
   *
   * @throws ProblemException 400 {@code IDEMPOTENCY_KEY_INVALID}; 422 {@code
   *     IDEMPOTENCY_KEY_REUSED} when the key was used for another request
   */
  String earlier(AuthenticatedUser user, String key, Operation operation, String requestHash) {
    requireValid(key);
    IdempotencyRow earlier = mapper.findIdempotency(user.username(), key, operation);
    if (earlier != null && !earlier.requestHash().equals(requestHash)) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", key);
    }
    return earlier == null ? null : earlier.applicationId();
  }

  /**
   * Refuses a key no request may carry, before anything else is looked at; no key at all is fine.
   *
   * @throws ProblemException 400 {@code IDEMPOTENCY_KEY_INVALID}
   */
  static void requireValid(String key) {
    if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
      throw ProblemException.badRequest("IDEMPOTENCY_KEY_INVALID");
    }
  }

  void remember(
      AuthenticatedUser user,
      String key,
      Operation operation,
      String requestHash,
      String applicationId,
      Instant at) {
    mapper.insertIdempotency(
        new IdempotencyRow(user.username(), key, operation, requestHash, applicationId, at));
  }

  /**
   * The application of a request that lost the race for its key to one that finished first.
   *
   * @throws ProblemException 409 {@code IDEMPOTENCY_IN_PROGRESS} while the first is not finished
   */
  String winner(AuthenticatedUser user, String key, Operation operation) {
    IdempotencyRow earlier = mapper.findIdempotency(user.username(), key, operation);
    if (earlier == null) {
      throw ProblemException.conflict("IDEMPOTENCY_IN_PROGRESS");
    }
    return earlier.applicationId();
  }
}
