package org.yingzai.identity.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
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

  private final FlashMapManager flashes = new SessionFlashMapManager();
  private final RequestCache pagesToReturnTo;

  private final LoginAudit audit;

  PageLogin(RequestCache pagesToReturnTo, LoginAudit audit) {
    this.pagesToReturnTo = pagesToReturnTo;
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
      target = home((AuthenticatedUser) authentication.getPrincipal());
    }
    response.sendRedirect(request.getContextPath() + target);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
      throws IOException {
    // a wait or a lock reads like any wrong password: it would tell that the user exists
    String error =
        refusal instanceof DisabledException
            ? "login.error.disabled"
            : "login.error.badCredentials";
    Object[] arguments = {};
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
      case ADMIN -> "/admin";
      default -> "/";
    };
  }
}
