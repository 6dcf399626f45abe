package org.yingzai.identity.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.shared.Times;

/**
 * What follows the login form: back to the page that asked for the login, or the user's own start
 * page; or the form again with why the login was refused and the username as typed.
 */
@Component
class PageLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  static final String ERROR = "loginError";
  static final String ERROR_ARGUMENTS = "loginErrorArguments";
  static final String USERNAME = "username";
  static final String TARGET = "target";

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Times.ZONE);

  private final FlashMapManager flashes = new SessionFlashMapManager();
  private final RequestCache pagesToReturnTo;
  private final LoginPolicy policy;
  private final LoginAudit audit;

  PageLogin(RequestCache pagesToReturnTo, LoginPolicy policy, LoginAudit audit) {
    this.pagesToReturnTo = pagesToReturnTo;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    AuthenticatedUser user = (AuthenticatedUser) authentication.getPrincipal();
    audit.sessionStarted(user.username(), user.role());
    SavedRequest saved = pagesToReturnTo.getRequest(request, response);
    String target;
    if (saved != null) {
      pagesToReturnTo.removeRequest(request, response);
      target = PageEntryPoint.localPath(saved.getRedirectUrl());
    } else {
      target = PageEntryPoint.localPath(request.getParameter(TARGET));
    }
    if (target == null || target.startsWith(PageEntryPoint.LOGIN_PAGE)) {
      target = home(user);
    }
    response.sendRedirect(request.getContextPath() + target);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
      throws IOException {
    String error;
    Object[] arguments = {};
    if (refusal instanceof LoginThrottledException throttled) {
      long seconds = throttled.retryAfterSeconds();
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      error = "login.error.throttled";
      arguments = new Object[] {seconds};
    } else if (refusal instanceof AccountLockedException locked) {
      error = "login.error.locked";
      arguments = new Object[] {policy.maxFailures(), UNTIL.format(locked.until())};
    } else if (refusal instanceof DisabledException) {
      error = "login.error.disabled";
    } else {
      error = "login.error.badCredentials";
    }
    // the form again, by a redirect so that a reload does not send the password once more
    FlashMap refused = new FlashMap();
    refused.put(ERROR, error);
    refused.put(ERROR_ARGUMENTS, arguments);
    refused.put(USERNAME, request.getParameter(USERNAME));
    String target = PageEntryPoint.localPath(request.getParameter(TARGET));
    refused.setTargetRequestPath(request.getContextPath() + PageEntryPoint.LOGIN_PAGE);
    flashes.saveOutputFlashMap(refused, request, response);
    String login = request.getContextPath() + PageEntryPoint.LOGIN_PAGE;
    response.sendRedirect(
        target == null ? login : login + "?target=" + URLEncoder.encode(target, UTF_8));
  }

  /** Where each role starts its day. */
  static String home(AuthenticatedUser user) {
    return switch (user.role()) {
      case ENTERPRISE -> "/my/applications";
      case CLERK -> "/workbench";
      default -> "/";
    };
  }
}
