package org.yingzai.shared;

/**
 * The stable code of a refusal known only by its HTTP status (one of Tomcat, the request firewall
 * or the servlet container made), and which addresses answer as the API does.
 */
final class StatusCodes {

  private StatusCodes() {}

  static String of(int status) {
    return switch (status) {
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 406 -> "NOT_ACCEPTABLE";
      case 413 -> "FILE_TOO_LARGE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_INVALID";
    };
  }

  /** The arguments of {@link #of}'s message for a request with this method. */
  static Object[] arguments(int status, String method) {
    return switch (status) {
      case 405 -> new Object[] {method};
      case 413 -> new Object[] {20};
      default -> new Object[0];
    };
  }

  /** The API, its description and the actuator answer problem+json; every other address a page. */
  static boolean isApi(String path) {
    return path == null
        || path.isEmpty()
        || path.equals("/api")
        || path.startsWith("/api/")
        || path.startsWith("/v3/api-docs")
        || path.startsWith("/actuator");
  }
}
