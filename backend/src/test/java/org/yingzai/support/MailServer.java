package org.yingzai.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP server of the tests: the service hall of a test JVM sends its e-mail to a loopback port
 * that was free when the JVM started, and a test starts a GreenMail server there when it wants the
 * mail to arrive (and leaves it stopped when the mail server is to be down).
 */
public final class MailServer implements EnvironmentPostProcessor {

  /** The loopback port the service hall sends e-mail to. */
  public static final int PORT = freePort();

  /** SMTP on {@link #PORT}, for GreenMail. */
  public static final ServerSetup SMTP =
      new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  /** A GreenMail server on {@link #PORT}, not started yet. */
  public static GreenMail server() {
    return new GreenMail(SMTP);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    // last: a test's or an environment's own mail settings win
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "test-mail-server",
                Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
