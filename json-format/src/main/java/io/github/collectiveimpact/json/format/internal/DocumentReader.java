package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.model.InvalidModelException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one document of the format from a {@link JsonInput}, recording every problem it finds (up to the
 * limit of its {@link Problems}) instead of stopping at the first: a bad value is recorded and skipped, and
 * reading goes on with the next one. Only a failure of the input itself (text that is not JSON, a limit)
 * stops it.
 *
 * <p>It keeps, per open object, which properties were seen and where their values start, and the JSON
 * Pointer of the current value; memory is bounded by the nesting depth, not by the size of the document.
 * Repeated short identifiers and dates are shared rather than kept once per occurrence.
 */
public final class DocumentReader {
  /** How many of the skipped properties' pointers a lenient reader keeps. */
  public static final int MAX_SKIPPED_LISTED = 1000;

  /** How much heap reading takes per byte of input, at most; see docs/PERFORMANCE.md. */
  public static final int HEAP_PER_BYTE = 4;

  /** Identifiers up to this length are shared when repeated. */
  private static final int SHARED_TEXT_LENGTH = 64;

  /** How many distinct identifiers and dates are shared. */
  private static final int SHARED_ENTRIES = 8192;

  /** Thrown to unwind reading when the input fails or the problem limit is reached. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** An object being read: which properties were seen, and where. */
  static final class Frame {
    long seen;
    final int[] lines = new int[64];
    final int[] columns = new int[64];
    int line;
    int column;
  }

  private final JsonInput in;
  private final Problems problems;
  private final boolean lenient;
  private final Limits limits;
  private final List<String> skipped = new ArrayList<>();
  private long skippedCount;

  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  private String base = "";
  private final List<Frame> frames = new ArrayList<>();
  private int openObjects;

  private final long maxConsumed;
  private long tokens;

  private Token current;
  private String contextName;
  private int contextIndex = -1;

  private final Map<String, String> texts = new HashMap<>();
  private final Map<Integer, java.time.LocalDate> dates = new HashMap<>();

  /** The reader's limits, for the messages that name them. */
  public record Limits(int nestingDepth, int stringLength, int numberLength, long documentSize) {}

  /**
   * Creates a reader.
   *
   * @param in the tokens
   * @param problems where problems are recorded
   * @param lenient whether unknown properties are skipped rather than reported
   * @param limits the input's limits, for messages
   * @param maxConsumed how much input may be read before the heap it takes is feared to run out
   */
  public DocumentReader(
      JsonInput in, Problems problems, boolean lenient, Limits limits, long maxConsumed) {
    this.in = in;
    this.problems = problems;
    this.lenient = lenient;
    this.limits = limits;
    this.maxConsumed = maxConsumed;
  }

  /**
   * Reads a whole document: one object of the root type, and nothing after it.
   *
   * @param root the document's type
   * @param <T> the type of value
   * @return the value, or {@code null} if the document has problems (recorded)
   * @throws IOException if the input cannot be read
   */
  public <T> T readDocument(Root<T> root) throws IOException {
    return guarded(
        () -> {
          Token first = next();
          if (first == null) {
            problem("", 1, 1, "problem.empty");
            return null;
          }
          if (first != Token.START_OBJECT) {
            typeProblem(root.shape());
            return null;
          }
          T value = root.read(this);
          Token extra = next();
          if (extra != null) {
            problem("", in.line(), in.column(), "problem.trailing", found(extra));
          }
          return value;
        });
  }

  /** A read of a whole value, which may stop. */
  @FunctionalInterface
  private interface Body<T> {
    T read() throws IOException;
  }

  /**
   * Runs a read of a whole value: its value if no problem was recorded, else {@code null}, whether the
   * read ended, stopped at the limit of problems, or met a failure of the input.
   */
  private <T> T guarded(Body<T> body) throws IOException {
    try {
      T value = body.read();
      return problems.count() == 0 ? value : null;
    } catch (Stop stop) {
      return null;
    } catch (JsonInput.Failure failure) {
      // A string's or a number's content fails only when it is read.
      record(failure);
      return null;
    }
  }

  /**
   * Reads a document's root object within a caller's own document, the current token being its first.
   *
   * @param root the document's type
   * @param token the current token, the value's first
   * @param <V> the type of value
   * @return the value, or {@code null} if it has problems (recorded)
   * @throws IOException if the input cannot be read
   */
  public <V> V readValue(Root<V> root, Token token) throws IOException {
    current = token;
    return guarded(
        () -> {
          if (token != Token.START_OBJECT) {
            typeProblem(root.shape());
            return null;
          }
          return root.read(this);
        });
  }

  /**
   * Reads one value of a type, the current token being its first, as inside a caller's own document.
   *
   * @param codec the value's codec
   * @param token the current token, the value's first
   * @param <V> the type of value
   * @return the value, or {@code null} if it has problems (recorded)
   * @throws IOException if the input cannot be read
   */
  public <V> V readValue(Codec<V> codec, Token token) throws IOException {
    current = token;
    return guarded(() -> codec.read(this));
  }

  // ------------------------------------------------------------------------------------------
  // tokens

  /**
   * Moves to the next token.
   *
   * @return the token, or {@code null} at the end of the input
   * @throws IOException if the input cannot be read
   */
  public Token next() throws IOException {
    try {
      current = in.next();
    } catch (JsonInput.Failure failure) {
      fail(failure);
    }
    contextName = in.contextName();
    contextIndex = in.contextIndex();
    if ((++tokens & 0xFFFF) == 0 && in.consumed() > maxConsumed) {
      problems.add(
          pointer(),
          in.line(),
          in.column(),
          "problem.heap",
          megabytes(in.consumed()),
          megabytes(in.consumed() * HEAP_PER_BYTE),
          megabytes(maxConsumed * HEAP_PER_BYTE));
      throw new Stop();
    }
    return current;
  }

  /**
   * The current token.
   *
   * @return the token
   */
  public Token current() {
    return current;
  }

  /**
   * The input.
   *
   * @return the tokens
   */
  public JsonInput input() {
    return in;
  }

  /**
   * Skips the current value, with everything in it.
   *
   * @throws IOException if the input cannot be read
   */
  public void skip() throws IOException {
    if (current == Token.START_OBJECT || current == Token.START_ARRAY) {
      Token start = current;
      try {
        in.skipChildren();
      } catch (JsonInput.Failure failure) {
        fail(failure);
      }
      current = start == Token.START_OBJECT ? Token.END_OBJECT : Token.END_ARRAY;
    }
  }

  private void record(JsonInput.Failure failure) {
    try {
      fail(failure);
    } catch (Stop stop) {
      // recorded
    }
  }

  private void fail(JsonInput.Failure failure) {
    // The parser knows the property or element it was reading when it failed; a name too long is
    // not
    // yet the current name, so its object is meant.
    String path = in.pointer();
    if (failure.kind() == JsonInput.Failure.Kind.NAME_LIMIT && in.inObject()) {
      int slash = path.lastIndexOf('/');
      path = slash < 0 ? "" : path.substring(0, slash);
    }
    switch (failure.kind()) {
      case SYNTAX:
        syntax(failure, path);
        break;
      case MISSING_COMMA:
        missingComma(failure, path);
        break;
      case END_OF_INPUT:
        problems.add(path, failure.line(), failure.column(), "problem.endOfInput");
        break;
      case NESTING_LIMIT:
        problems.add(
            path, failure.line(), failure.column(), "problem.limit.nesting", limits.nestingDepth());
        break;
      case STRING_LIMIT:
        problems.add(
            path, failure.line(), failure.column(), "problem.limit.string", limits.stringLength());
        break;
      case NUMBER_LIMIT:
        problems.add(
            path, failure.line(), failure.column(), "problem.limit.number", limits.numberLength());
        break;
      case NAME_LIMIT:
        problems.add(
            path, failure.line(), failure.column(), "problem.limit.name", limits.stringLength());
        break;
      case DOCUMENT_LIMIT:
        problems.add(
            path,
            failure.line(),
            failure.column(),
            "problem.limit.document",
            limits.documentSize());
        break;
      default:
        problems.add(path, failure.line(), failure.column(), "problem.encoding");
    }
    throw new Stop();
  }

  /**
   * Says what the text needed where it is not JSON: a value that is not one, or a missing comma, which is
   * reported just after the value before it, where it belongs.
   */
  private void syntax(JsonInput.Failure failure, String path) {
    Token before = current;
    int line = failure.line();
    int column = failure.column();
    String name = in.contextName();
    if (before == null) {
      problems.add(path, line, column, "problem.syntax.start");
    } else if (in.inObject()) {
      if (before == Token.NAME
          || (name != null && (before == Token.START_OBJECT || !name.equals(contextName)))) {
        problems.add(path, line, column, "problem.syntax.value", name);
      } else if (before == Token.START_OBJECT) {
        problems.add(path, line, column, "problem.syntax.name");
      } else {
        problems.add(
            path,
            in.lineAfterPrevious(),
            in.columnAfterPrevious(),
            "problem.syntax.objectComma",
            contextName);
      }
    } else if (in.inArray()) {
      if (before == Token.START_ARRAY || in.contextIndex() > contextIndex) {
        problems.add(path, line, column, "problem.syntax.element");
      } else {
        problems.add(
            path, in.lineAfterPrevious(), in.columnAfterPrevious(), "problem.syntax.arrayComma");
      }
    } else {
      problems.add(path, line, column, "problem.syntax.after");
    }
  }

  /**
   * Reports a missing comma just after the value before it, where it belongs, with that value's pointer:
   * the parser has already counted the element that should have followed it.
   */
  private void missingComma(JsonInput.Failure failure, String path) {
    if (in.inArray()) {
      int slash = path.lastIndexOf('/');
      int index = in.contextIndex() - 1;
      problems.add(
          slash < 0 || index < 0 ? path : path.substring(0, slash) + "/" + index,
          in.lineAfterPrevious(),
          in.columnAfterPrevious(),
          "problem.syntax.arrayComma");
    } else if (in.inObject() && contextName != null) {
      problems.add(
          path,
          in.lineAfterPrevious(),
          in.columnAfterPrevious(),
          "problem.syntax.objectComma",
          contextName);
    } else {
      syntax(failure, path);
    }
  }

  static String megabytes(long bytes) {
    return String.valueOf(Math.max(1, bytes / (1024 * 1024)));
  }

  // ------------------------------------------------------------------------------------------
  // where

  /**
   * Enters a property of the current object, for the pointer.
   *
   * @param name the property name
   */
  public void enter(String name) {
    grow();
    names[depth] = name;
    indexes[depth] = -1;
    depth++;
  }

  /**
   * Enters an element of the current array, for the pointer.
   *
   * @param index the element's index
   */
  public void enter(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  /** Leaves the property or element entered last. */
  public void leave() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indexes = java.util.Arrays.copyOf(indexes, depth * 2);
    }
  }

  /**
   * The JSON Pointer of the current value.
   *
   * @return the pointer, {@code ""} at the root
   */
  public String pointer() {
    return pointer(depth);
  }

  /**
   * Sets the pointer of the value read within a larger document of a caller's.
   *
   * @param pointer the pointer of the value's position, {@code ""} at the root
   */
  public void base(String pointer) {
    this.base = pointer;
  }

  private String pointer(int length) {
    StringBuilder pointer = new StringBuilder(base);
    for (int i = 0; i < length; i++) {
      pointer.append('/');
      if (names[i] == null) {
        pointer.append(indexes[i]);
      } else {
        pointer.append(escape(names[i]));
      }
    }
    return pointer.toString();
  }

  /**
   * A pointer below the current value.
   *
   * @param segments the names or indexes below
   * @return the pointer
   */
  public String pointerBelow(Object... segments) {
    StringBuilder pointer = new StringBuilder(pointer());
    for (Object segment : segments) {
      pointer.append('/').append(escape(String.valueOf(segment)));
    }
    return pointer.toString();
  }

  /**
   * Escapes a property name as a JSON Pointer segment (RFC 6901).
   *
   * @param name the name
   * @return the segment
   */
  public static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0
        ? name
        : name.replace("~", "~0").replace("/", "~1");
  }

  // ------------------------------------------------------------------------------------------
  // objects

  /**
   * Opens a frame for an object whose first token is current.
   *
   * @return the frame
   */
  Frame openObject() {
    if (frames.size() <= openObjects) {
      frames.add(new Frame());
    }
    Frame frame = frames.get(openObjects++);
    frame.seen = 0;
    frame.line = in.line();
    frame.column = in.column();
    return frame;
  }

  /** Closes the frame opened last. */
  void closeObject() {
    openObjects--;
  }

  /**
   * Records an unknown property, the current token being its value: a problem when strict, a skipped
   * pointer when lenient; the value is skipped.
   *
   * @param name the property name
   * @param known the names the object may have, for the message
   * @throws IOException if the input cannot be read
   */
  void unknown(String name, String known, int line, int column) throws IOException {
    if (lenient) {
      skippedCount++;
      if (skipped.size() < MAX_SKIPPED_LISTED) {
        skipped.add(pointerBelow(name));
      }
    } else {
      problem(pointerBelow(name), line, column, "problem.unknown", name, known);
    }
    skip();
  }

  /**
   * Records a problem with a model value that its builder refused.
   *
   * @param e what the builder threw
   * @param shape the value's shape
   * @param frame where the object's properties were
   */
  void invalid(InvalidModelException e, Shape<?, ?> shape, Frame frame) {
    String attribute = e.attribute();
    Shape.Field<?, ?> field = shape.field(attribute);
    int line = frame.line;
    int column = frame.column;
    String path = pointer();
    if (field != null) {
      path = pointerBelow(field.name());
      if ((frame.seen & (1L << field.index())) != 0) {
        line = frame.lines[field.index()];
        column = frame.columns[field.index()];
      }
    }
    if (e.index().isPresent()) {
      path = path + "/" + e.index().getAsInt();
    }
    ModelProblems.add(this, path, line, column, e, shape);
  }

  /**
   * Records a problem of an object whose parts disagree.
   *
   * @param e the problem
   * @param shape the object's shape
   * @param frame where the object's properties were
   */
  void partProblem(PartProblem e, Shape<?, ?> shape, Frame frame) {
    Shape.Field<?, ?> field = shape.field(e.property());
    int line = frame.line;
    int column = frame.column;
    if (e.line() > 0) {
      line = e.line();
      column = e.column();
    } else if (field != null && (frame.seen & (1L << field.index())) != 0) {
      line = frame.lines[field.index()];
      column = frame.columns[field.index()];
    }
    problem(pointerBelow(e.property()) + e.below(), line, column, e.key(), e.arguments());
  }

  // ------------------------------------------------------------------------------------------
  // problems

  /**
   * Records a problem; stops reading when the limit is reached.
   *
   * @param path the JSON Pointer
   * @param line the line
   * @param column the column
   * @param key the message key
   * @param arguments the arguments
   */
  public void problem(String path, int line, int column, String key, Object... arguments) {
    problems.add(path, line, column, key, arguments);
    if (problems.full()) {
      throw new Stop();
    }
  }

  /**
   * Records a problem at the current value; stops reading when the limit is reached.
   *
   * @param key the message key
   * @param arguments the arguments
   */
  public void problemHere(String key, Object... arguments) {
    problem(pointer(), in.line(), in.column(), key, arguments);
  }

  /**
   * Records that the current value has the wrong JSON type, and skips it.
   *
   * @param codec what was expected
   * @throws IOException if the input cannot be read
   */
  public void typeProblem(Codec<?> codec) throws IOException {
    if (current == Token.NULL && depth > 0) {
      problemHere(names[depth - 1] == null ? "problem.nullElement" : "problem.null");
    } else {
      problemHere(
          "problem.type",
          FormatMessages.format(problems.locale(), codec.expected()),
          found(current));
      skip();
    }
  }

  /**
   * Says what a token is, in the document's terms.
   *
   * @param token the token
   * @return e.g. "an array"
   */
  public String found(Token token) {
    return FormatMessages.format(
        problems.locale(), "found." + token.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The language of the messages.
   *
   * @return the locale
   */
  public java.util.Locale locale() {
    return problems.locale();
  }

  /**
   * Whether any problem was recorded.
   *
   * @return the count of problems so far
   */
  public int problemCount() {
    return problems.count();
  }

  /**
   * The pointers of the skipped properties, up to {@link #MAX_SKIPPED_LISTED}.
   *
   * @return the pointers
   */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  /**
   * How many properties were skipped in all.
   *
   * @return the count
   */
  public long skippedCount() {
    return skippedCount;
  }

  // ------------------------------------------------------------------------------------------
  // sharing

  /**
   * The text, shared with an equal one read before if it is short.
   *
   * @param text a text
   * @return an equal text
   */
  String share(String text) {
    if (text.length() > SHARED_TEXT_LENGTH) {
      return text;
    }
    String shared = texts.get(text);
    if (shared != null) {
      return shared;
    }
    if (texts.size() < SHARED_ENTRIES) {
      texts.put(text, text);
    }
    return text;
  }

  /**
   * The date, shared with an equal one read before.
   *
   * @param date a date
   * @return an equal date
   */
  java.time.LocalDate share(java.time.LocalDate date) {
    int key = date.getYear() * 512 + date.getMonthValue() * 32 + date.getDayOfMonth();
    java.time.LocalDate shared = dates.get(key);
    if (shared != null && shared.equals(date)) {
      return shared;
    }
    if (dates.size() < SHARED_ENTRIES) {
      dates.put(key, date);
    }
    return date;
  }
}
