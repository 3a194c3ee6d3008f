package io.github.collectiveimpact.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: commands with their replies, and
 * the events the browser sends, kept in order. Every wait is bounded.
 */
final class Cdp implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final WebSocket socket;

  private Cdp(URI uri) throws InterruptedException, ExecutionException, TimeoutException {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(TIMEOUT)
            .buildAsync(uri, new Listener())
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  static Cdp connect(URI uri) throws Exception {
    return new Cdp(uri);
  }

  /** Sends a command (to a page's session when {@code sessionId} is not null) and waits for its result. */
  JsonNode send(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode();
    message.put("id", id).put("method", method).set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket
        .sendText(json.writeValueAsString(message), true)
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  ObjectNode params() {
    return json.createObjectNode();
  }

  /** The events received so far that match. */
  List<JsonNode> events(Predicate<JsonNode> filter) {
    synchronized (events) {
      return events.stream().filter(filter).toList();
    }
  }

  /** Waits until an event matches, at most {@link #TIMEOUT}. */
  JsonNode await(Predicate<JsonNode> filter) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (events) {
      while (true) {
        for (JsonNode e : events) {
          if (filter.test(e)) {
            return e;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("no such event within " + TIMEOUT);
        }
        events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        try {
          JsonNode node = json.readTree(message);
          if (node.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(node.get("id").asInt());
            if (reply != null) {
              reply.complete(node);
            }
          } else {
            synchronized (events) {
              events.add(node);
              events.notifyAll();
            }
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
