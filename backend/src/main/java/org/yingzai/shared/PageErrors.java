package org.yingzai.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Shows the refusals of web pages as pages, with the same stable code and message as the API's
 * problem responses; an htmx request gets the message alone, which the page shows in its alert
 * area.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

  private final MessageSource messages;

  PageErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ProblemException.class)
  ModelAndView problem(
      ProblemException e, HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, e.status(), e.code(), e.arguments());
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class
  })
  ModelAndView badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) {
    String name =
        e instanceof MissingServletRequestParameterException m
            ? m.getParameterName()
            : ((MethodArgumentTypeMismatchException) e).getName();
    return page(
        request, response, HttpStatus.BAD_REQUEST, "PARAMETER_INVALID", new Object[] {name});
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e; // Spring Security answers these
    }
    if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
      log.debug("Client went away from {}", request.getRequestURI());
      return null; // nobody is left to answer
    }
    if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
      // a request Spring refuses by itself (an Accept no answer fits): no stack trace for it
      int status = refusal.getStatusCode().value();
      return page(
          request,
          response,
          HttpStatus.valueOf(status),
          StatusCodes.of(status),
          StatusCodes.arguments(status, request.getMethod()));
    }
    if (response.isCommitted()) {
      // part of the answer has left (a stored file refused at its end): the container breaks the
      // connection off, so the client sees a broken transfer rather than a short one
      log.error("Failed after the page began: {}: {}", request.getRequestURI(), e.toString());
      throw e;
    }
    log.error("Unexpected failure on page {}", request.getRequestURI(), e);
    return page(
        request, response, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", new Object[0]);
  }

  private ModelAndView page(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String code,
      Object[] arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    boolean htmx = request.getHeader("HX-Request") != null;
    ModelAndView view = new ModelAndView(htmx ? "error :: message" : "error");
    view.setStatus(status);
    view.addObject("status", status.value());
    view.addObject("code", code);
    view.addObject(
        "errorTitle", messages.getMessage("problem.title." + status.value(), null, code, locale));
    view.addObject("message", messages.getMessage("problem." + code, arguments, code, locale));
    if (htmx) {
      response.setHeader("HX-Reswap", "none");
    }
    return view;
  }
}
