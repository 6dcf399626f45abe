package org.yingzai.files;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.Abortable;

/**
 * A stored file's bytes, digested while they are read. The read that reaches the expected length
 * checks that nothing follows and that the sha256 is right before it hands out its bytes, so a
 * changed file is never delivered whole: a response breaks off short of its length.
 */
final class CheckedContent extends InputStream {

  private static final Logger log = LoggerFactory.getLogger(CheckedContent.class);

  private final InputStream in;
  private final String sha256;
  private final long size;
  private final MessageDigest digest;
  private long read;
  private boolean checked;

  CheckedContent(InputStream in, String sha256, long size) {
    this.in = in;
    this.sha256 = sha256;
    this.size = size;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (read == size) {
      check();
      return -1;
    }
    int n = in.read(buffer, offset, (int) Math.min(length, size - read));
    if (n < 0) {
      throw refused("ends after " + read + " of its " + size + " bytes");
    }
    digest.update(buffer, offset, n);
    read += n;
    if (read == size) {
      // before these last bytes leave
      check();
    }
    return n;
  }

  // skipped bytes are digested too, or the check at the end could not hold
  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public int available() throws IOException {
    return (int) Math.min(in.available(), size - read);
  }

  private void check() throws IOException {
    if (checked) {
      return;
    }
    if (in.read() >= 0) {
      throw refused("is longer than its " + size + " bytes");
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    if (!actual.equals(sha256)) {
      throw refused("has the sha256 " + actual);
    }
    checked = true;
  }

  private ContentFileRefusedException refused(String why) {
    ContentFileRefusedException refused = new ContentFileRefusedException(sha256, why);
    log.error(refused.getMessage());
    return refused;
  }

  @Override
  public void close() throws IOException {
    if (!checked && in instanceof Abortable object) {
      // left before its end (a client gone): cut the connection rather than read the rest
      object.abort();
    }
    in.close();
  }
}
