package org.yingzai.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * Answers refused logins and forbidden calls as problem responses, rendered by the same handler as
 * every other refusal, in the language the client asks for.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final String CHALLENGE = "Basic realm=\"yingzai\"";
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Times.ZONE);

  private final HandlerExceptionResolver resolver;
  private final LocaleResolver localeResolver;
  private final LoginPolicy policy;

  ProblemResponses(
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
      LocaleResolver localeResolver,
      LoginPolicy policy) {
    this.resolver = resolver;
    this.localeResolver = localeResolver;
    this.policy = policy;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
      throws IOException {
    ProblemException problem;
    if (refusal instanceof LoginThrottledException throttled) {
      long seconds = throttled.retryAfterSeconds();
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      problem = new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED", seconds);
    } else {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
      if (refusal instanceof AccountLockedException locked) {
        problem =
            new ProblemException(
                HttpStatus.UNAUTHORIZED,
                "ACCOUNT_LOCKED",
                UNTIL.format(locked.until()),
                policy.maxFailures());
      } else if (refusal instanceof DisabledException) {
        problem = new ProblemException(HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED");
      } else {
        problem = new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
      }
    }
    render(request, response, problem);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    render(request, response, new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN"));
  }

  private void render(
      HttpServletRequest request, HttpServletResponse response, ProblemException problem)
      throws IOException {
    // security filters run before the DispatcherServlet has resolved the locale
    LocaleContextHolder.setLocale(localeResolver.resolveLocale(request));
    if (resolver.resolveException(request, response, null, problem) == null) {
      response.sendError(problem.status().value());
    }
  }
}
