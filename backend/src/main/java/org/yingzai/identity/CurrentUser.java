package org.yingzai.identity;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yingzai.shared.ProblemException;

/**
 * The user of the current request, read from the security context. Tests that call services
 * directly can log someone in with any {@link Authentication} whose principal is an {@link
 * AuthenticatedUser}.
 */
public final class CurrentUser {

  /**
   * The actor recorded for what the service hall does by itself, such as an engine timer's
   * automatic acceptance; never a user who can log in.
   */
  public static final String SYSTEM = "system";

  private CurrentUser() {}

  /**
   * The logged-in user.
   *
   * @throws ProblemException 401 {@code UNAUTHENTICATED} when nobody is logged in
   */
  public static AuthenticatedUser get() {
    return find()
        .orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"));
  }

  public static Optional<AuthenticatedUser> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof AuthenticatedUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }
}
