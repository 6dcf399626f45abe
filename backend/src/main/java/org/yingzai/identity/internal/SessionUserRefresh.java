package org.yingzai.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yingzai.identity.AuthenticatedUser;

/**
 * Reads the user of a page session afresh on every request, as HTTP Basic does: a role or duty an
 * administrator changes applies at the next page, and a disabled or locked account's session ends
 * there. Two small queries (the account and its duties) per request of a page or a part of one; the
 * pages' files have a security chain of their own and never get here.
 */
class SessionUserRefresh extends OncePerRequestFilter {

  private final LoginService login;
  private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  SessionUserRefresh(LoginService login) {
    this.login = login;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SecurityContext context = SecurityContextHolder.getContext();
    if (context.getAuthentication() instanceof UserAuthentication session) {
      AuthenticatedUser before = session.getPrincipal();
      Optional<AuthenticatedUser> now = login.current(before.username());
      if (now.isEmpty()) {
        SecurityContextHolder.clearContext();
        HttpSession old = request.getSession(false);
        if (old != null) {
          old.invalidate();
        }
      } else if (!now.get().equals(before)) {
        SecurityContext updated = SecurityContextHolder.createEmptyContext();
        updated.setAuthentication(new UserAuthentication(now.get(), session.getDetails()));
        SecurityContextHolder.setContext(updated);
        sessions.saveContext(updated, request, response);
      }
    }
    chain.doFilter(request, response);
  }
}
