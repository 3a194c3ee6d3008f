package io.github.collectiveimpact.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.collectiveimpact.json.format.internal.JsonInput;
import io.github.collectiveimpact.json.format.internal.Token;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * The tokens of a Jackson 2 parser, JSON or CSV, for the format's readers. Not API: the package is not
 * exported.
 */
public final class JacksonInput implements JsonInput {
  private final JsonParser parser;
  private int lineAfter = -1;
  private int columnAfter = -1;
  private Token last;

  /**
   * Wraps a parser.
   *
   * @param parser the parser, closed when this is
   */
  public JacksonInput(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public void close() throws IOException {
    parser.close();
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
      JsonLocation after = parser.currentLocation();
      lineAfter = after.getLineNr();
      columnAfter = after.getColumnNr();
    }
    try {
      last = token(parser.nextToken());
      return last;
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  /** The failure for what the parser threw; Jackson parses a string's content only when it is asked for. */
  private Failure failure(IOException e) {
    if (e instanceof StreamConstraintsException) {
      JsonProcessingException p = (JsonProcessingException) e;
      return new Failure(limit((StreamConstraintsException) e), line(p), column(p), e);
    }
    if (e instanceof JsonEOFException) {
      JsonProcessingException p = (JsonProcessingException) e;
      return new Failure(Failure.Kind.END_OF_INPUT, line(p), column(p), e);
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException p = (JsonProcessingException) e;
      String message = String.valueOf(p.getOriginalMessage());
      // Jackson reports bad bytes as a parse error whose message names the encoding,
      // and a missing comma as one that says which separator it was expecting.
      Failure.Kind kind =
          message.startsWith("Invalid UTF-8")
              ? Failure.Kind.ENCODING
              : message.contains("was expecting comma to separate")
                  ? Failure.Kind.MISSING_COMMA
                  // The CSV parser's quoted field that runs to the end of the text.
                  : message.startsWith("Missing closing quote")
                      ? Failure.Kind.END_OF_INPUT
                      : Failure.Kind.SYNTAX;
      return new Failure(kind, line(p), column(p), e);
    }
    JsonLocation at = parser.currentLocation();
    return new Failure(Failure.Kind.ENCODING, at.getLineNr(), at.getColumnNr(), e);
  }

  /**
   * The token Jackson 2 has as the format's token.
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
      case FIELD_NAME:
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

  private int line(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at != null && at.getLineNr() > 0 ? at.getLineNr() : parser.currentLocation().getLineNr();
  }

  private int column(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at != null && at.getLineNr() > 0
        ? at.getColumnNr()
        : parser.currentLocation().getColumnNr();
  }

  @Override
  public String name() throws IOException {
    try {
      return parser.currentName();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  @Override
  public String text() throws IOException {
    try {
      return parser.getText();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  @Override
  public char[] textCharacters() throws IOException {
    try {
      return parser.getTextCharacters();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  @Override
  public int textOffset() throws IOException {
    try {
      return parser.getTextOffset();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  @Override
  public int textLength() throws IOException {
    try {
      return parser.getTextLength();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  @Override
  public double doubleValue() throws IOException {
    try {
      return parser.getDoubleValue();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  @Override
  public void skipChildren() throws IOException {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
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
    return parser.getParsingContext().inArray();
  }

  @Override
  public boolean inObject() {
    JsonStreamContext context = parser.getParsingContext();
    return context.inObject();
  }

  @Override
  public String contextName() {
    JsonStreamContext context = parser.getParsingContext();
    return context.inObject() ? context.getCurrentName() : null;
  }

  @Override
  public int contextIndex() {
    JsonStreamContext context = parser.getParsingContext();
    return context.inArray() ? context.getCurrentIndex() : -1;
  }

  @Override
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public long consumed() {
    JsonLocation at = parser.currentLocation();
    return Math.max(at.getByteOffset(), at.getCharOffset());
  }
}
