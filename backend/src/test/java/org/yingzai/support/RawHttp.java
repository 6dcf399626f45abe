package org.yingzai.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests sent as raw bytes over a socket, exactly as an attacker would send them: what no HTTP
 * client would let through (an encoded slash or NUL in the path, a cut-off multipart body, a NUL in
 * a file name). The answer is read to the end of the connection.
 */
public final class RawHttp {

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** The Authorization header of HTTP Basic for a hall's user. */
  public static String basic(String username) {
    String pair = username + ":" + Hall.PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the request line and headers (each line without its CRLF) and then the body as is. */
  public Answer send(String requestLine, Map<String, String> headers, byte[] body) {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    write(head, requestLine + "\r\n");
    write(head, "Host: 127.0.0.1:" + port + "\r\n");
    write(head, "Connection: close\r\n");
    headers.forEach((name, value) -> write(head, name + ": " + value + "\r\n"));
    if (body.length > 0) {
      write(head, "Content-Length: " + body.length + "\r\n");
    }
    write(head, "\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toByteArray());
      out.write(body);
      out.flush();
      return Answer.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Answer get(String target, Map<String, String> headers) {
    return send("GET " + target + " HTTP/1.1", headers, new byte[0]);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    try {
      while ((read = in.read(buffer)) != -1) {
        all.write(buffer, 0, read);
      }
    } catch (java.net.SocketException reset) {
      // the server may close after answering a refused request; what came before counts
    }
    return all.toByteArray();
  }

  /** One answer: its status, headers (by lower-case name) and body as text. */
  public record Answer(int status, Map<String, String> headers, String body) {

    static Answer parse(byte[] raw) {
      // the head and the chunk sizes are ASCII; the body is decoded only once it is whole, since a
      // chunk may end inside a character
      int end = indexOf(raw, 0, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
      byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
      String[] lines = head.split("\r\n");
      int status = lines[0].isEmpty() ? 0 : Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).trim());
        }
      }
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = unchunk(body);
      }
      return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String contentType() {
      return String.valueOf(header("Content-Type"));
    }

    private static byte[] unchunk(byte[] bytes) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      byte[] lineBreak = "\r\n".getBytes(StandardCharsets.US_ASCII);
      int at = 0;
      while (at < bytes.length) {
        int lineEnd = indexOf(bytes, at, lineBreak);
        if (lineEnd < 0) {
          break;
        }
        String size = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).trim();
        int length = Integer.parseInt(size.split(";")[0], 16);
        if (length == 0) {
          break;
        }
        body.write(bytes, lineEnd + 2, Math.min(length, bytes.length - lineEnd - 2));
        at = lineEnd + 2 + length + 2;
      }
      return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from, byte[] wanted) {
      for (int i = from; i <= bytes.length - wanted.length; i++) {
        if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
          return i;
        }
      }
      return -1;
    }
  }
}
