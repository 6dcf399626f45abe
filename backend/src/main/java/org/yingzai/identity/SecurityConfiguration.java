package org.yingzai.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may call what. {@code /api/**} is stateless with HTTP Basic; the finer rules (own enterprise,
 * own department, duties) are enforced by the modules, which answer 404 for what a caller may not
 * see. Passwords are checked by the login policy of this module; refusals are problem responses
 * ({@code UNAUTHENTICATED}, {@code ACCOUNT_LOCKED}, {@code LOGIN_THROTTLED}, {@code FORBIDDEN}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(
      HttpSecurity http, AuthenticationEntryPoint refusals, AccessDeniedHandler denials)
      throws Exception {
    return http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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
                    .requestMatchers(POST, "/api/applications", "/api/applications/**")
                    .hasRole("ENTERPRISE")
                    .requestMatchers(GET, "/api/applications", "/api/applications/**")
                    .hasAnyRole("ENTERPRISE", "CLERK", "SUPERVISOR")
                    .requestMatchers("/api/urges", "/api/urges/**")
                    .hasRole("CLERK")
                    .requestMatchers("/api/supervision/**")
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
}
