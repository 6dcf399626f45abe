package org.yingzai.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

/**
 * Answers refused logins and forbidden calls as problem responses, rendered by the same handler as
 * every other refusal, in the language the client asks for.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final String CHALLENGE = "Basic realm=\"yingzai\"";

  private final HandlerExceptionResolver resolver;
  private final LocaleResolver localeResolver;

  ProblemResponses(
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
      LocaleResolver localeResolver) {
    this.resolver = resolver;
    this.localeResolver = localeResolver;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    // a wait or a lock is answered like any wrong password: it would tell that the user exists
    ProblemException problem =
        new ProblemException(
            HttpStatus.UNAUTHORIZED,
            refusal instanceof DisabledException ? "ACCOUNT_DISABLED" : "UNAUTHENTICATED");
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
