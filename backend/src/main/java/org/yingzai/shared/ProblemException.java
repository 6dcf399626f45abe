package org.yingzai.shared;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;

/**
 * A refusal the caller can act on. Rendered as {@code application/problem+json} with a stable
 * {@code code}; the message is looked up in the message bundles under {@code problem.<code>}.
 */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final transient List<Object> arguments;
  private final transient Map<String, Object> properties = new LinkedHashMap<>();
  private Long retryAfterSeconds;

  public ProblemException(HttpStatus status, String code, Object... arguments) {
    super(code);
    this.status = status;
    this.code = code;
    this.arguments = List.of(arguments);
  }

  public static ProblemException notFound(String code, Object... arguments) {
    return new ProblemException(HttpStatus.NOT_FOUND, code, arguments);
  }

  public static ProblemException badRequest(String code, Object... arguments) {
    return new ProblemException(HttpStatus.BAD_REQUEST, code, arguments);
  }

  public static ProblemException conflict(String code, Object... arguments) {
    return new ProblemException(HttpStatus.CONFLICT, code, arguments);
  }

  /**
   * {@code 429}: too many tries; the answer carries {@code Retry-After} with the whole seconds to
   * wait (at least one: a wait of 0 would invite an immediate retry), also the message's {0}.
   */
  public static ProblemException throttled(String code, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, code, seconds).retryingAfter(seconds);
  }

  /** Answers with {@code Retry-After}: the client may try again after so many seconds. */
  public ProblemException retryingAfter(long seconds) {
    this.retryAfterSeconds = seconds;
    return this;
  }

  public OptionalLong retryAfter() {
    return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
  }

  /** Adds a property to the problem response, such as the list of every bad entry of a request. */
  public ProblemException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }

  public Map<String, Object> properties() {
    return Collections.unmodifiableMap(properties);
  }

  /**
   * Each refused field with its message, in the order the refusal named them, from the {@code
   * errors} property where it lists {@code {"field", "message"}} maps.
   */
  public Map<String, String> fieldMessages() {
    Map<String, String> messages = new LinkedHashMap<>();
    if (properties.get("errors") instanceof List<?> list) {
      for (Object error : list) {
        if (error instanceof Map<?, ?> e) {
          messages.putIfAbsent(String.valueOf(e.get("field")), String.valueOf(e.get("message")));
        }
      }
    }
    return messages;
  }
}
