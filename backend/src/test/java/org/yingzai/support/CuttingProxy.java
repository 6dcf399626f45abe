package org.yingzai.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy on the loopback between the service hall and its database that can cut the connection
 * carrying a given SQL statement before the statement reaches the server, as a dropped network or a
 * database restart would in the middle of a transaction. Statements travel as text (the driver
 * prepares them on the client), so the proxy finds them in the bytes it forwards.
 */
public final class CuttingProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicReference<byte[]> armed = new AtomicReference<>();
  private final AtomicInteger cuts = new AtomicInteger();

  public CuttingProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "cutting-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** The next statement that contains {@code sql} cuts its connection, once. */
  public void cutAt(String sql) {
    armed.set(sql.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a statement armed with {@link #cutAt} has been met, and how often in all. */
  public int cuts() {
    return cuts.get();
  }

  public void disarm() {
    armed.set(null);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        open.add(client);
        open.add(server);
        pump(client, server, true);
        pump(server, client, false);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to, boolean watch) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  if (watch && carriesArmed(buffer, read)) {
                    cuts.incrementAndGet();
                    break;
                  }
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException dropped) {
                // the other side is gone; both are closed below
              } finally {
                close(from);
                close(to);
              }
            },
            "cutting-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private boolean carriesArmed(byte[] buffer, int length) {
    byte[] marker = armed.get();
    if (marker == null || indexOf(buffer, length, marker) < 0) {
      return false;
    }
    return armed.compareAndSet(marker, null);
  }

  private static int indexOf(byte[] buffer, int length, byte[] marker) {
    outer:
    for (int i = 0; i <= length - marker.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (buffer[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private void close(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a socket that is already gone
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    open.forEach(this::close);
  }
}
