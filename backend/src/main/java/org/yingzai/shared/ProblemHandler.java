package org.yingzai.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.web.util.HtmlUtils;

/** Renders every refusal as RFC 7807 {@code application/problem+json} with a stable code. */
@RestControllerAdvice
class ProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
  private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
  private static final String PART_HEADERS_TOO_LARGE = "Header section has more than";

  private final MessageSource messages;

  ProblemHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<ProblemDetail> problem(ProblemException e) {
    ResponseEntity<ProblemDetail> answer =
        respond(e.status(), e.code(), e.arguments(), e.properties());
    if (e.retryAfter().isEmpty()) {
      return answer;
    }
    return ResponseEntity.status(answer.getStatusCode())
        .headers(answer.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().getAsLong()))
        .body(answer.getBody());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    Map<String, String> errors = new TreeMap<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(
            error ->
                errors.put(
                    error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())));
    return respond(
        HttpStatus.BAD_REQUEST,
        "VALIDATION_FAILED",
        new Object[] {String.join("; ", errors.keySet())},
        Map.of("errors", errors));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
    Map<String, String> errors = new TreeMap<>();
    e.getConstraintViolations()
        .forEach(v -> errors.put(v.getPropertyPath().toString(), v.getMessage()));
    return respond(
        HttpStatus.BAD_REQUEST,
        "VALIDATION_FAILED",
        new Object[] {String.join("; ", errors.keySet())},
        Map.of("errors", errors));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    // valid JSON with a field of the wrong kind: name the field, and for a choice its choices
    if (e.getCause() instanceof MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()
        && mismatch.getTargetType() != null) {
      String field = fieldPath(mismatch.getPath());
      Class<?> type = mismatch.getTargetType();
      if (type.isEnum() && mismatch instanceof InvalidFormatException invalid) {
        List<String> allowed =
            Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        return respond(
            HttpStatus.BAD_REQUEST,
            "FIELD_VALUE_INVALID",
            new Object[] {field, String.valueOf(invalid.getValue()), String.join(", ", allowed)},
            Map.of("field", field, "allowed", allowed));
      }
      return respond(
          HttpStatus.BAD_REQUEST,
          "FIELD_TYPE_INVALID",
          new Object[] {field},
          Map.of("field", field));
    }
    return respond(HttpStatus.BAD_REQUEST, "BODY_UNREADABLE", new Object[0], Map.of());
  }

  /** A JSON path as {@code stages[1].scope}. */
  private static String fieldPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MissingServletRequestPartException.class,
    MissingRequestHeaderException.class,
    MethodArgumentTypeMismatchException.class
  })
  ResponseEntity<ProblemDetail> badParameter(Exception e) {
    String name = "?";
    if (e instanceof MissingServletRequestParameterException m) {
      name = m.getParameterName();
    } else if (e instanceof MissingServletRequestPartException m) {
      name = m.getRequestPartName();
    } else if (e instanceof MissingRequestHeaderException m) {
      name = m.getHeaderName();
    } else if (e instanceof MethodArgumentTypeMismatchException m) {
      name = m.getName();
    }
    return respond(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID", new Object[] {name}, Map.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    if (causedBy(e, PART_HEADERS_TOO_LARGE)) {
      // Tomcat caps a part's headers (512 bytes): what overflows them is a long file name
      return refuseUpload(request, HttpStatus.BAD_REQUEST, "FILE_NAME_TOO_LONG");
    }
    return refuseUpload(request, HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", 20);
  }

  /** A multipart body without a boundary, cut short, or naming a file with a NUL character. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<?> malformedUpload(MultipartException e, HttpServletRequest request) {
    log.debug("Malformed multipart request", e);
    return causedBy(e, InvalidFileNameException.class.getName())
        ? refuseUpload(request, HttpStatus.BAD_REQUEST, "FILE_NAME_INVALID")
        : refuseUpload(request, HttpStatus.BAD_REQUEST, "MULTIPART_INVALID");
  }

  // an upload is refused before any page controller is chosen: a page gets the message alone,
  // which it shows in its alert area (htmx) or as the whole answer
  private ResponseEntity<?> refuseUpload(
      HttpServletRequest request, HttpStatus status, String code, Object... arguments) {
    if (!isApi(request)) {
      String message =
          messages.getMessage("problem." + code, arguments, LocaleContextHolder.getLocale());
      return ResponseEntity.status(status)
          .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
          .header("HX-Reswap", "none")
          .body("<p>" + HtmlUtils.htmlEscape(message) + "</p>");
    }
    return respond(status, code, arguments, Map.of());
  }

  private static boolean causedBy(Throwable e, String marker) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getName().equals(marker)
          || String.valueOf(cause.getMessage()).contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) throws Exception {
    if (!e.getResourcePath().replaceFirst("^/", "").startsWith("api/")) {
      throw e; // a page address: the error page answers it
    }
    return respond(HttpStatus.NOT_FOUND, "NOT_FOUND", new Object[0], Map.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(
      HttpRequestMethodNotSupportedException e, HttpServletRequest request) throws Exception {
    if (!isApi(request)) {
      throw e; // a page address opened the wrong way: the error page answers it
    }
    return respond(
        HttpStatus.METHOD_NOT_ALLOWED,
        "METHOD_NOT_ALLOWED",
        new Object[] {e.getMethod()},
        Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return respond(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "MEDIA_TYPE_UNSUPPORTED",
        new Object[] {String.valueOf(e.getContentType())},
        Map.of());
  }

  /** An Accept header the address cannot serve: one refusal, nothing in the log. */
  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return respond(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", new Object[0], Map.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(
      Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e; // Spring Security's entry points answer these
    }
    if (DatabaseFailures.unreachable(e)) {
      // nothing of the request was kept (its transaction is gone with the connection): try again
      log.warn("Database unreachable: {}", e.toString());
      ResponseEntity<ProblemDetail> answer =
          respond(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", new Object[0], Map.of());
      return ResponseEntity.status(answer.getStatusCode())
          .headers(answer.getHeaders())
          .header(HttpHeaders.RETRY_AFTER, "5")
          .body(answer.getBody());
    }
    if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
      log.debug("Client went away from {}", request.getRequestURI());
      return null; // nobody is left to answer
    }
    if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
      // a request Spring refuses by itself: its status, and no stack trace for a client's mistake
      int status = refusal.getStatusCode().value();
      log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
      return respond(
          refusal.getStatusCode(),
          StatusCodes.of(status),
          StatusCodes.arguments(status, request.getMethod()),
          Map.of());
    }
    if (response.isCommitted()) {
      // part of the answer has left (a stored file refused at its end): the container breaks the
      // connection off, so the client sees a broken transfer rather than a short one
      log.error("Failed after the answer began: {}: {}", request.getRequestURI(), e.toString());
      throw e;
    }
    log.error("Unexpected failure", e);
    return respond(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", new Object[0], Map.of());
  }

  private ResponseEntity<ProblemDetail> respond(
      HttpStatusCode status, String code, Object[] arguments, Map<String, Object> extra) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("urn:yingzai:problem:" + code.toLowerCase(Locale.ROOT)));
    problem.setTitle(messages.getMessage("problem.title." + status.value(), null, code, locale));
    problem.setDetail(messages.getMessage("problem." + code, arguments, code, locale));
    problem.setProperty("code", code);
    extra.forEach(problem::setProperty);
    return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
  }
}
