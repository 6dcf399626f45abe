package org.yingzai.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.yingzai.shared.SecurityHeaders;

/**
 * Who may call what. {@code /api/**} is stateless with HTTP Basic; the web pages log in with a form
 * into a session, with CSRF protection on every form and htmx request. The finer rules (own
 * enterprise, own department, duties) are enforced by the modules, which answer 404 for what a
 * caller may not see. Passwords are checked by the login policy of this module, for both; API
 * refusals are problem responses ({@code UNAUTHENTICATED}, alike for every refused login, {@code
 * ACCOUNT_DISABLED}, {@code FORBIDDEN}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Scripts, styles and frames from the service hall itself only: no inline script anywhere. */
  static final String CONTENT_SECURITY_POLICY = SecurityHeaders.PAGE_POLICY;

  static final String LOGIN_PAGE = "/login";

  // the security filters' observations report nothing we watch; without them the filter chain is
  // not wrapped in an observation per filter on every request
  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * The pages' own files (styles, scripts, webjars): public, no session, and cacheable, since their
   * addresses carry a hash of their content.
   */
  @Bean
  @Order(0)
  SecurityFilterChain files(HttpSecurity http) throws Exception {
    return http.securityMatcher("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.disable())
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .headers(
            headers ->
                headers
                    .cacheControl(cache -> cache.disable())
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frames -> frames.sameOrigin())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      @Qualifier("problemResponses") AuthenticationEntryPoint refusals,
      @Qualifier("problemResponses") AccessDeniedHandler denials)
      throws Exception {
    return http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.API_POLICY))
                    .frameOptions(frames -> frames.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(denials))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(GET, "/api/items", "/api/items/**")
                    .permitAll()
                    .requestMatchers(GET, "/api/calendar/**")
                    .permitAll()
                    .requestMatchers(GET, "/api/stations", "/api/stations/*")
                    .permitAll()
                    .requestMatchers(GET, "/api/bundles", "/api/bundles/*")
                    .permitAll()
                    .requestMatchers(GET, "/api/scoreboard")
                    .permitAll()
                    .requestMatchers(GET, "/api/progress")
                    .permitAll()
                    // anyone checks a result document by its code; the enterprise lists its own
                    .requestMatchers(GET, "/api/results/*")
                    .permitAll()
                    .requestMatchers(GET, "/api/my/results")
                    .hasRole("ENTERPRISE")
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/api/tasks", "/api/tasks/**")
                    .hasRole("CLERK")
                    // a deciding officer extends the time limit (§42)
                    .requestMatchers(POST, "/api/applications/*/extensions")
                    .hasRole("CLERK")
                    // a draft taken at the counter is prepared and submitted by the receiving
                    // clerk, its result handed over there; which draft is the use cases' to decide
                    .requestMatchers(
                        POST,
                        "/api/applications/*/materials",
                        "/api/applications/*/submit",
                        "/api/applications/*/commitments",
                        "/api/applications/*/evidence/**",
                        "/api/applications/*/handover")
                    .hasAnyRole("ENTERPRISE", "CLERK")
                    .requestMatchers(POST, "/api/applications", "/api/applications/**")
                    .hasRole("ENTERPRISE")
                    .requestMatchers("/api/intake/**")
                    .hasRole("CLERK")
                    .requestMatchers(GET, "/api/applications", "/api/applications/**")
                    .hasAnyRole("ENTERPRISE", "CLERK", "SUPERVISOR")
                    // the green channel is designated by administrators and supervisors
                    .requestMatchers(POST, "/api/projects/*/key")
                    .hasAnyRole("ADMIN", "SUPERVISOR")
                    .requestMatchers(POST, "/api/projects/*/helper")
                    .hasRole("ADMIN")
                    .requestMatchers(POST, "/api/projects", "/api/projects/*/helper/**")
                    .hasRole("ENTERPRISE")
                    // an enterprise prepares and submits its stages, or its authorized helper
                    .requestMatchers(POST, "/api/projects/*/stages/**")
                    .hasAnyRole("ENTERPRISE", "CLERK")
                    .requestMatchers(PUT, "/api/projects/*/stages/**")
                    .hasAnyRole("ENTERPRISE", "CLERK")
                    .requestMatchers(GET, "/api/projects", "/api/projects/**")
                    .authenticated()
                    .requestMatchers(GET, "/api/bundle-applications/*")
                    .hasAnyRole("ENTERPRISE", "SUPERVISOR")
                    .requestMatchers("/api/bundle-applications", "/api/bundle-applications/**")
                    .hasRole("ENTERPRISE")
                    .requestMatchers("/api/urges", "/api/urges/**")
                    .hasRole("CLERK")
                    .requestMatchers(GET, "/api/rectifications", "/api/rectifications/*")
                    .hasAnyRole("CLERK", "SUPERVISOR")
                    .requestMatchers("/api/supervision/**")
                    .hasRole("SUPERVISOR")
                    .requestMatchers("/api/audit", "/api/audit/**", "/api/audit.xlsx")
                    .hasRole("SUPERVISOR")
                    // supervisors read the dishonesty list; administrators keep it
                    .requestMatchers(
                        GET, "/api/admin/credit-records", "/api/admin/credit-records/**")
                    .hasAnyRole("ADMIN", "SUPERVISOR")
                    .requestMatchers("/api/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .build();
  }

  /**
   * The web pages: a session from the login form, the same password policy (waits and lock) as the
   * API, CSRF tokens, and headers that keep the pages from running anything but their own files.
   */
  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http,
      AuthenticationSuccessHandler loggedIn,
      AuthenticationFailureHandler loginRefused,
      @Qualifier("pageEntryPoint") AuthenticationEntryPoint entryPoint,
      @Qualifier("pageRefusals") AccessDeniedHandler pageRefusals,
      RequestCache pagesToReturnTo,
      @Qualifier("sessionUserRefresh") Filter sessionUserRefresh)
      throws Exception {
    return http.addFilterAfter(sessionUserRefresh, SecurityContextHolderFilter.class)
        .formLogin(
            form ->
                form.loginPage(LOGIN_PAGE)
                    .successHandler(loggedIn)
                    .failureHandler(loginRefused)
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .requestCache(cache -> cache.requestCache(pagesToReturnTo))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(pageRefusals))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frames -> frames.sameOrigin())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(GET, "/error", LOGIN_PAGE)
                    .permitAll()
                    .requestMatchers(GET, "/", "/items/**", "/progress", "/verify/**")
                    .permitAll()
                    .requestMatchers("/my/**")
                    .hasRole("ENTERPRISE")
                    .requestMatchers("/workbench", "/workbench/**")
                    .hasRole("CLERK")
                    .requestMatchers("/board", "/board/**")
                    .hasRole("SUPERVISOR")
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole("ADMIN")
                    // the pages of any logged-in user: messages, an application's files
                    .requestMatchers("/inbox", "/inbox/**", "/applications/**")
                    .authenticated()
                    // every other address is nobody's page: it answers 404 to all alike
                    .anyRequest()
                    .permitAll())
        .build();
  }
}
