package org.yingzai.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Authenticates usernames and passwords (HTTP Basic on the API) against our own users; being an
 * {@code AuthenticationProvider} bean it also replaces Spring Boot's generated default user.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

  private final LoginService login;

  PasswordAuthenticationProvider(LoginService login) {
    this.login = login;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    Object credentials = authentication.getCredentials();
    return new UserAuthentication(
        login.login(
            authentication.getName(), credentials == null ? "" : credentials.toString(), address),
        authentication.getDetails());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
