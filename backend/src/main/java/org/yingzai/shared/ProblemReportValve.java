package org.yingzai.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's answer to a request it refuses before the service hall sees it (an encoded slash or NUL
 * in the path, an over-long address or header): problem+json with a stable code for the API and for
 * a request whose address could not be read, a plain page for every other address, with the
 * security headers; never Tomcat's own page.
 */
final class ProblemReportValve extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MessageSource messages;

  ProblemReportValve(MessageSource messages) {
    this.messages = messages;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    String language = request.getHeader("Accept-Language");
    Locale locale =
        language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
            ? Locale.ENGLISH
            : WebConfiguration.CHINESE;
    boolean api = StatusCodes.isApi(request.getRequestURI());
    String code = StatusCodes.of(status);
    String title = messages.getMessage("problem.title." + status, null, code, locale);
    String detail =
        messages.getMessage(
            "problem." + code, StatusCodes.arguments(status, request.getMethod()), code, locale);
    try {
      String body;
      if (api) {
        response.setContentType("application/problem+json");
        body = problem(status, code, title, detail);
      } else {
        response.setContentType("text/html;charset=UTF-8");
        body = page(locale, title, detail);
      }
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Cache-Control", "no-store");
      SecurityHeaders.apply(response, api);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the answer already started: nothing more to say
    }
  }

  private static String problem(int status, String code, String title, String detail)
      throws JsonProcessingException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:yingzai:problem:" + code.toLowerCase(Locale.ROOT));
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("code", code);
    return JSON.writeValueAsString(problem);
  }

  private String page(Locale locale, String title, String detail) {
    String home = messages.getMessage("web.error.home", null, "", locale);
    return "<!DOCTYPE html><html lang=\""
        + locale.toLanguageTag()
        + "\"><head><meta charset=\"utf-8\"><title>"
        + HtmlUtils.htmlEscape(title)
        + "</title></head><body><h1>"
        + HtmlUtils.htmlEscape(title)
        + "</h1><p>"
        + HtmlUtils.htmlEscape(detail)
        + "</p><p><a href=\"/\">"
        + HtmlUtils.htmlEscape(home)
        + "</a></p></body></html>";
  }
}
