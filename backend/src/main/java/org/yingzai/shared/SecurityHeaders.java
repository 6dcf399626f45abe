package org.yingzai.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer: pages, their files, the API, and the error answers of the
 * request firewall, the servlet container and Tomcat itself. Set before anything else runs, so that
 * the security chains, which write a header only where it is missing, keep these values.
 */
public final class SecurityHeaders extends OncePerRequestFilter {

  /** Pages: scripts, styles and frames from the service hall itself only, no inline script. */
  public static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'self'; frame-src 'self'; frame-ancestors 'self'; form-action 'self';"
          + " base-uri 'self'";

  /** The API answers data and files, never anything a browser should run or frame. */
  public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  static final String REFERRER_POLICY = "same-origin";

  static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    apply(response, StatusCodes.isApi(path));
    chain.doFilter(request, response);
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false; // an error answer carries them too
  }

  /** Sets each header the answer does not have yet. */
  static void apply(HttpServletResponse response, boolean api) {
    setIfAbsent(response, "X-Content-Type-Options", "nosniff");
    setIfAbsent(response, "X-Frame-Options", api ? "DENY" : "SAMEORIGIN");
    setIfAbsent(response, "Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
    setIfAbsent(response, "Referrer-Policy", REFERRER_POLICY);
    setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
  }

  private static void setIfAbsent(HttpServletResponse response, String name, String value) {
    if (!response.containsHeader(name)) {
      response.setHeader(name, value);
    }
  }
}
