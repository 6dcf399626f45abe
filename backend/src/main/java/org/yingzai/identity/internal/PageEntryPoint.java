package org.yingzai.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Sends a visitor who is not logged in (or whose session expired) to the login page. A page request
 * is remembered and opened again after the login; an htmx request, which only replaces part of a
 * page, sends the whole browser to the login with the page it came from as the target.
 */
@Component
class PageEntryPoint implements AuthenticationEntryPoint {

  static final String LOGIN_PAGE = "/login";
  static final String HTMX_REQUEST = "HX-Request";

  private final LoginUrlAuthenticationEntryPoint pages =
      new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
      throws IOException, jakarta.servlet.ServletException {
    if (request.getHeader(HTMX_REQUEST) == null) {
      pages.commence(request, response, refusal);
      return;
    }
    String login = request.getContextPath() + LOGIN_PAGE;
    String page = localPath(request.getHeader("HX-Current-URL"));
    if (page != null) {
      login += "?target=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }
    response.setHeader("HX-Redirect", login);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
  }

  /** The path and query of a URL of this site, or null for anything else. */
  static String localPath(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(url.strip());
      String path = uri.getRawPath();
      if (path == null || !path.startsWith("/") || path.startsWith("//")) {
        return null;
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
