package org.yingzai.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.HtmlUtils;
import org.yingzai.identity.CurrentUser;

/**
 * Refusals of the pages' security chain. A form or htmx request of a logged-in user's page whose
 * CSRF token went with an expired session sends the browser to the login, and back to the page it
 * was sent from; the login form itself is shown again; any other stale form (a public page's, or of
 * a live session) asks for the page to be opened again; anything else is forbidden (the error page,
 * or for htmx the message alone).
 */
@Component
class PageRefusals implements AccessDeniedHandler {

  private static final List<String> LOGGED_IN_PAGES =
      List.of("/my/", "/workbench", "/inbox", "/applications/", "/board", "/admin");

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final ViewResolver views;

  PageRefusals(
      MessageSource messages,
      LocaleResolver locales,
      @Qualifier("thymeleafViewResolver") ViewResolver views) {
    this.messages = messages;
    this.locales = locales;
    this.views = views;
  }

  /** Whether the page is one of a logged-in user's; a public one just outlived its form. */
  private static boolean needsLogin(String page) {
    return page != null && LOGGED_IN_PAGES.stream().anyMatch(page::startsWith);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    boolean htmx = request.getHeader(PageEntryPoint.HTMX_REQUEST) != null;
    boolean stale = denied instanceof CsrfException;
    String login = request.getContextPath() + PageEntryPoint.LOGIN_PAGE;
    if (stale && PageEntryPoint.LOGIN_PAGE.equals(request.getServletPath())) {
      // the login form itself outlived its session: the form again, with a fresh token
      String target = PageEntryPoint.localPath(request.getParameter(PageLogin.TARGET));
      response.sendRedirect(
          target == null
              ? login
              : login + "?target=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
      return;
    }
    String page = PageEntryPoint.localPath(request.getHeader(htmx ? "HX-Current-URL" : "Referer"));
    if (stale && CurrentUser.find().isEmpty() && needsLogin(page)) {
      login += "?target=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
      if (htmx) {
        response.setHeader("HX-Redirect", login);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        response.sendRedirect(login);
      }
      return;
    }
    Locale locale = locales.resolveLocale(request);
    String key = stale ? "web.error.staleForm" : "web.error.403";
    String text = messages.getMessage(key, null, key, locale);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    if (htmx) {
      response.setHeader("HX-Reswap", "none");
      response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
      response.getWriter().write("<p>" + HtmlUtils.htmlEscape(text) + "</p>");
      return;
    }
    // the security filters run before the pages' own error handling: the error page drawn here
    LocaleContextHolder.setLocale(locale);
    try {
      View errorPage = views.resolveViewName("error", locale);
      errorPage.render(
          Map.of(
              "status",
              HttpServletResponse.SC_FORBIDDEN,
              "errorTitle",
              messages.getMessage("problem.title.403", null, locale),
              "message",
              text),
          request,
          response);
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }
}
