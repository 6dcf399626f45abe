package org.yingzai.evidence;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An evidence service on 127.0.0.1 for tests, answering by credit code: {@link #KNOWN} found,
 * {@link #NO_SOURCE} found without a source, {@link #SLOW} only once released (long after any
 * timeout), {@link #DRIPPING} headers at once but the body only once released, {@link #BROKEN} 500,
 * {@link #GARBAGE} not JSON, anything else 404.
 */
final class StubEvidenceServer implements AutoCloseable {

  static final String KNOWN = "91370500MA3C4XK7XG";
  static final String NO_SOURCE = "91370500MA3D8PQ28W";
  static final String SLOW = "SLOW";
  static final String DRIPPING = "DRIPPING";
  static final String BROKEN = "BROKEN";
  static final String GARBAGE = "GARBAGE";

  private static final String FOUND =
      "{\"source\":\"省市场主体登记数据交换平台\",\"fields\":{\"name\":\"示例高新智能装备有限公司\","
          + "\"status\":\"存续\",\"registeredCapital\":5000,\"listed\":false}}";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile Map<String, String> lastQuery = Map.of();

  StubEvidenceServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/evidence", this::answer);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/evidence");
  }

  Map<String, String> lastQuery() {
    return lastQuery;
  }

  private void answer(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    lastQuery = query;
    String code = query.getOrDefault("creditCode", "");
    try (exchange) {
      switch (code) {
        case KNOWN -> send(exchange, 200, FOUND);
        case NO_SOURCE -> send(exchange, 200, "{\"fields\":{\"name\":\"示例黄河口新材料科技有限公司\"}}");
        case SLOW -> {
          awaitRelease();
          send(exchange, 200, FOUND);
        }
        case DRIPPING -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, 0);
          OutputStream body = exchange.getResponseBody();
          body.write("{\"fields\":".getBytes(StandardCharsets.UTF_8));
          body.flush();
          awaitRelease();
          body.write("{}}".getBytes(StandardCharsets.UTF_8));
        }
        case BROKEN -> send(exchange, 500, "{\"error\":\"down\"}");
        case GARBAGE -> send(exchange, 200, "<html>maintenance</html>");
        default -> send(exchange, 404, "{}");
      }
    } catch (IOException closedByClient) {
      // the client gave up: nothing left to answer
    }
  }

  private void awaitRelease() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          query.put(
              URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return query;
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
