package org.yingzai.files;

import java.io.IOException;

/** A stored file whose bytes are not those its sha256 names: never handed out whole. */
public class ContentFileRefusedException extends IOException {

  private final String sha256;

  ContentFileRefusedException(String sha256, String why) {
    super("The stored file " + sha256 + " is refused: it " + why);
    this.sha256 = sha256;
  }

  public String sha256() {
    return sha256;
  }
}
