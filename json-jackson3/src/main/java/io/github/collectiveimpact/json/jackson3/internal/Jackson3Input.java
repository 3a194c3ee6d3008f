package io.github.collectiveimpact.json.jackson3.internal;

import io.github.collectiveimpact.json.format.internal.JsonInput;
import io.github.collectiveimpact.json.format.internal.Token;
import java.io.CharConversionException;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * The tokens of a Jackson 3 parser, JSON or CSV, for the format's readers. Not API: the package is not
 * exported.
 */
public final class Jackson3Input implements JsonInput {
  private final JsonParser parser;
  private int lineAfter = -1;
  private int columnAfter = -1;
  private Token last;

  /**
   * Wraps a parser.
   *
   * @param parser the parser, closed when this is
   */
  public Jackson3Input(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Token next() throws IOException {
    // Where a missing comma belongs: just after a value, which is the only token a comma follows.
    // The
    // location is taken only there, as taking it costs an object.
    if (last != null
        && last != Token.NAME
        && last != Token.START_OBJECT
        && last != Token.START_ARRAY) {
      TokenStreamLocation after = parser.currentLocation();
      lineAfter = after.getLineNr();
      columnAfter = after.getColumnNr();
    }
    try {
      last = token(parser.nextToken());
      return last;
    } catch (JacksonException e) {
      throw failure(e, parser);
    }
  }

  /**
   * The failure for what the parser threw, of the same kinds as for Jackson 2; Jackson parses a string's
   * content only when it is asked for.
   *
   * @param e what Jackson threw
   * @param parser the parser, for where it is when the exception has no location
   * @return the failure
   * @throws IOException the cause of a failure to read the input, which is not the content's fault
   */
  public static Failure failure(JacksonException e, JsonParser parser) throws IOException {
    if (e instanceof JacksonIOException) {
      IOException cause = ((JacksonIOException) e).getCause();
      if (!(cause instanceof CharConversionException)) {
        throw cause;
      }
      TokenStreamLocation at = parser == null ? null : parser.currentLocation();
      return new Failure(
          Failure.Kind.ENCODING,
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(),
          e);
    }
    Failure.Kind kind;
    if (e instanceof StreamConstraintsException) {
      kind = limit((StreamConstraintsException) e);
    } else if (e instanceof UnexpectedEndOfInputException) {
      kind = Failure.Kind.END_OF_INPUT;
    } else {
      // Jackson reports bad bytes as a parse error whose message names the encoding, and a missing
      // comma as one that says which separator it was expecting.
      String message = String.valueOf(e.getOriginalMessage());
      kind =
          message.startsWith("Invalid UTF-8")
              ? Failure.Kind.ENCODING
              : message.contains("was expecting comma to separate")
                  ? Failure.Kind.MISSING_COMMA
                  // The CSV parser's quoted field that runs to the end of the text.
                  : message.startsWith("Missing closing quote")
                      ? Failure.Kind.END_OF_INPUT
                      : Failure.Kind.SYNTAX;
    }
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && parser != null) {
      at = parser.currentLocation();
    }
    return new Failure(
        kind, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), e);
  }

  /**
   * The token Jackson 3 has as the format's token.
   *
   * @param token Jackson's token, or {@code null} at the end
   * @return the format's token
   */
  public static Token token(JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case PROPERTY_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.DECIMAL;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        // An embedded object never comes from JSON text; treat it as a value of no type the format
        // has.
        return Token.NULL;
    }
  }

  /**
   * Which limit Jackson's exception is about. Jackson gives no structured kind, only its message, whose
   * first words name the constraint; so this is the one place that reads another library's message.
   */
  private static Failure.Kind limit(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Document nesting depth")) {
      return Failure.Kind.NESTING_LIMIT;
    }
    if (message.startsWith("String value length")) {
      return Failure.Kind.STRING_LIMIT;
    }
    if (message.startsWith("Number value length")) {
      return Failure.Kind.NUMBER_LIMIT;
    }
    if (message.startsWith("Name length")) {
      return Failure.Kind.NAME_LIMIT;
    }
    return Failure.Kind.DOCUMENT_LIMIT;
  }

  @Override
  public String name() throws IOException {
    try {
      return parser.currentName();
    } catch (JacksonException e) {
      throw failure(e, parser);
    }
  }

  @Override
  public String text() throws IOException {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw failure(e, parser);
    }
  }

  @Override
  public char[] textCharacters() throws IOException {
    try {
      return parser.getStringCharacters();
    } catch (JacksonException e) {
      throw failure(e, parser);
    }
  }

  @Override
  public int textOffset() throws IOException {
    try {
      return parser.getStringOffset();
    } catch (JacksonException e) {
      throw failure(e, parser);
    }
  }

  @Override
  public int textLength() throws IOException {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw failure(e, parser);
    }
  }

  @Override
  public double doubleValue() throws IOException {
    try {
      return parser.getDoubleValue();
    } catch (JacksonException e) {
      throw failure(e, parser);
    }
  }

  @Override
  public void skipChildren() throws IOException {
    try {
      parser.skipChildren();
    } catch (JacksonException e) {
      throw failure(e, parser);
    }
  }

  @Override
  public int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  @Override
  public int column() {
    return parser.currentTokenLocation().getColumnNr();
  }

  @Override
  public int lineAfterPrevious() {
    return lineAfter;
  }

  @Override
  public int columnAfterPrevious() {
    return columnAfter;
  }

  @Override
  public boolean inArray() {
    return parser.streamReadContext().inArray();
  }

  @Override
  public boolean inObject() {
    return parser.streamReadContext().inObject();
  }

  @Override
  public String contextName() {
    TokenStreamContext context = parser.streamReadContext();
    return context.inObject() ? context.currentName() : null;
  }

  @Override
  public int contextIndex() {
    TokenStreamContext context = parser.streamReadContext();
    return context.inArray() ? context.getCurrentIndex() : -1;
  }

  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public long consumed() {
    TokenStreamLocation at = parser.currentLocation();
    return Math.max(at.getByteOffset(), at.getCharOffset());
  }
}
