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
