package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A parser that remembers, for each object it is inside, where the object starts and where the value of
 * each of its properties starts, and keeps these for the object it closed last.
 *
 * <p>A model type's invariants are checked when its builder builds it, after the parser has read the end
 * of its object; the error then names the attribute, and this parser says where that attribute's value was
 * (or, for a missing attribute, where the object began). Every way of reading the next token goes through
 * {@link #nextToken()}, and {@link #skipChildren()} closes the object it skips, so the bookkeeping stays in
 * step with the parser. Memory is bounded by the properties of the objects open at once.
 */
final class TrackingParser extends JsonParserDelegate {
  /** An object being read. */
  private static final class Frame {
    final JsonLocation start;
    final Map<String, JsonLocation> values = new HashMap<>();

    Frame(JsonLocation start) {
      this.start = start;
    }
  }

  private final Deque<Frame> open = new ArrayDeque<>();
  private Frame lastClosed;
  private String pendingName;

  TrackingParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == null) {
      return null;
    }
    switch (token) {
      case FIELD_NAME:
        pendingName = delegate.currentName();
        break;
      case END_OBJECT:
        closeObject();
        break;
      case END_ARRAY:
        break;
      default:
        if (pendingName == null && token != JsonToken.START_OBJECT) {
          break;
        }
        JsonLocation at = delegate.currentTokenLocation();
        if (pendingName != null && !open.isEmpty()) {
          open.peek().values.put(pendingName, at);
        }
        pendingName = null;
        if (token == JsonToken.START_OBJECT) {
          open.push(new Frame(at));
        }
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = delegate.currentToken();
    delegate.skipChildren();
    if (token == JsonToken.START_OBJECT) {
      closeObject();
    }
    return this;
  }

  private void closeObject() {
    lastClosed = open.poll();
    pendingName = null;
  }

  /**
   * Where the value of a property of the object closed last started.
   *
   * @return the location, or {@code null} if unknown
   */
  JsonLocation lastClosedValue(String property) {
    return lastClosed == null ? null : lastClosed.values.get(property);
  }

  /**
   * Where the object closed last started.
   *
   * @return the location, or {@code null} if no object was closed
   */
  JsonLocation lastClosedStart() {
    return lastClosed == null ? null : lastClosed.start;
  }

  /**
   * The JSON Pointer of the current token.
   *
   * @return the pointer, empty for the root
   */
  String pointer() {
    return delegate.getParsingContext().pathAsPointer().toString();
  }

  /**
   * The JSON Pointer of the object the parser is in, or of the current token if it is not in an object.
   *
   * @return the pointer, empty for the root
   */
  String objectPointer() {
    JsonStreamContext context = delegate.getParsingContext();
    JsonPointer pointer = context.pathAsPointer();
    if (context.inObject() && context.hasCurrentName()) {
      JsonPointer head = pointer.head();
      return head == null ? "" : head.toString();
    }
    return pointer.toString();
  }
}
