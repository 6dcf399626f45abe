package org.yingzai.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container forwards to {@code /error} (a refusal of the request firewall, a
 * {@code sendError} of a filter, an exception no handler took): problem+json for the API's
 * addresses, the error page for every other one. Opened directly, it is an address like any unknown
 * one: 404.
 */
@Controller
class ErrorPages implements ErrorController {

  private final MessageSource messages;

  ErrorPages(MessageSource messages) {
    this.messages = messages;
  }

  @RequestMapping("${server.error.path:/error}")
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    if (status == null || uri == null) {
      status = code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
    }
    String path = uri == null ? request.getRequestURI() : uri.toString();
    path = path.substring(Math.min(path.length(), request.getContextPath().length()));
    String problem = StatusCodes.of(status.value());
    Object[] arguments = StatusCodes.arguments(status.value(), request.getMethod());
    // a database lost under a filter (the login's user lookup) is an outage, not a fault: 503
    if (uri != null
        && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception failure
        && DatabaseFailures.unreachable(failure)) {
      if (StatusCodes.isApi(path)) {
        throw failure; // the problem handler answers DATABASE_UNAVAILABLE with its Retry-After
      }
      status = HttpStatus.SERVICE_UNAVAILABLE;
      problem = "DATABASE_UNAVAILABLE";
    }
    if (uri != null && StatusCodes.isApi(path)) {
      throw new ProblemException(status, problem, arguments); // the problem handler renders it
    }
    // the page's own words for its status (web.error.*), as every page refusal shows them
    boolean htmx = request.getHeader("HX-Request") != null;
    ModelAndView view = new ModelAndView(htmx ? "error :: message" : "error");
    view.setStatus(status);
    view.addObject("status", status.value());
    view.addObject("code", problem);
    view.addObject(
        "errorTitle",
        messages.getMessage(
            "problem.title." + status.value(), null, problem, LocaleContextHolder.getLocale()));
    if (htmx) {
      response.setHeader("HX-Reswap", "none");
    }
    return view;
  }
}
