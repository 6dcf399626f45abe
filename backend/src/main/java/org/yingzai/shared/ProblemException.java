package org.yingzai.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
