package org.yingzai.evidence;

/** Where a consent or a signature came from: the client's address and its user agent. */
record Origin(String remoteIp, String userAgent) {

  static final int MAX_USER_AGENT = 500;

  Origin {
    remoteIp = remoteIp == null ? "unknown" : remoteIp;
    if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
      userAgent = userAgent.substring(0, MAX_USER_AGENT);
    }
  }
}
