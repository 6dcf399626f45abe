package org.yingzai.identity.internal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.yingzai.identity.AuthenticatedUser;

/** A logged-in user: the principal is the {@link AuthenticatedUser}, the authority its role. */
final class UserAuthentication extends AbstractAuthenticationToken {

  private final AuthenticatedUser user;

  UserAuthentication(AuthenticatedUser user, Object details) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    this.user = user;
    setDetails(details);
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public AuthenticatedUser getPrincipal() {
    return user;
  }

  @Override
  public String getName() {
    return user.username();
  }
}
