package org.yingzai.applications;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.yingzai.shared.ProblemException;

/**
 * Caps the JSON bodies of the applications API a little above the largest form: a longer body is
 * refused with 413 {@code FORM_TOO_LARGE} by its Content-Length before anything is read or, sent in
 * chunks, as soon as more than the cap has arrived. The body is read here, before the JSON reader,
 * which would turn the refusal into an unreadable body.
 */
@ControllerAdvice(assignableTypes = ApplicationController.class)
class FormBodyLimit extends RequestBodyAdviceAdapter {

  /** The largest form, and room for the rest of the request around it. */
  static final int MAX_BODY_BYTES = ApplicationForms.MAX_BYTES + 4 * 1024;

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    if (message.getHeaders().getContentLength() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    byte[] body = message.getBody().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return message.getHeaders();
      }
    };
  }

  private static ProblemException tooLarge() {
    return new ProblemException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "FORM_TOO_LARGE",
        ApplicationForms.MAX_BYTES / 1024,
        ApplicationForms.MAX_FIELDS);
  }
}
