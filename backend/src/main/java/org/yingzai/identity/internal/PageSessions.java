package org.yingzai.identity.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** What the web pages keep in the session besides the login. */
@Configuration(proxyBeanMethods = false)
class PageSessions {

  /**
   * Refreshes the user of a page session on each request; run by the pages' security chain only.
   */
  @Bean
  SessionUserRefresh sessionUserRefresh(LoginService login) {
    return new SessionUserRefresh(login);
  }

  @Bean
  FilterRegistrationBean<SessionUserRefresh> sessionUserRefreshNotOnEveryRequest(
      SessionUserRefresh filter) {
    FilterRegistrationBean<SessionUserRefresh> registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  /**
   * The page a visitor asked for before logging in, opened again after it: whole pages only, never
   * an htmx fragment, a form post or a file.
   */
  @Bean
  RequestCache pagesToReturnTo() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    RequestMatcher wholePage =
        new AndRequestMatcher(
            request -> HttpMethod.GET.matches(request.getMethod()),
            new NegatedRequestMatcher(new RequestHeaderRequestMatcher(PageEntryPoint.HTMX_REQUEST)),
            request -> !request.getRequestURI().contains("/materials/"));
    cache.setRequestMatcher(wholePage);
    return cache;
  }
}
