package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.InvalidModelException;
import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever reading a document threw into one {@link InitiativeFormatException} with the JSON
 * Pointer, line and column of the offending value and a message that says what is wrong in the terms of
 * the format (not of Jackson or Java types).
 */
final class Errors {
  /** The advice Jackson appends to a limit's message, naming its own API. */
  private static final Pattern LIMIT_ADVICE = Pattern.compile(",? (from|use) `[^`]*`");

  /** A duplicate key found by the parser. */
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate (?:field|Object property) '(.*)'");

  /** A location in a parser's message, e.g. of the start of an unclosed object. */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

  /** Jackson's advice to enable one of its features. */
  private static final Pattern FEATURE_ADVICE =
      Pattern.compile("[:;,]? ?(enable|use) `[^`]*`( to allow)?");

  /** Jackson's note that a feature is not enabled. */
  private static final Pattern NOT_ENABLED =
      Pattern.compile(" ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");

  private Errors() {}

  /** The exception to throw for a failure while reading with the given parser. */
  static InitiativeFormatException translate(Throwable failure, TrackingParser parser) {
    if (failure instanceof InitiativeFormatException) {
      return (InitiativeFormatException) failure;
    }
    if (failure instanceof JsonMappingException) {
      // Jackson wraps what the parser threw (bad syntax, a limit) with the path of the object being
      // read; the parser's own position is more precise.
      Optional<Throwable> fromParser = parserCause(failure);
      if (fromParser.isEmpty()) {
        return mapping((JsonMappingException) failure, parser);
      }
      failure = fromParser.get();
    }
    if (failure instanceof StreamConstraintsException) {
      StreamConstraintsException e = (StreamConstraintsException) failure;
      String message = LIMIT_ADVICE.matcher(e.getOriginalMessage()).replaceAll("");
      // A name too long is found before the parser takes it as the current name: point at its
      // object.
      String path = message.startsWith("Name length") ? parser.objectPointer() : parser.pointer();
      return located(path, location(e, parser), "the document exceeds a limit: " + message, e);
    }
    if (failure instanceof JsonProcessingException) {
      JsonProcessingException e = (JsonProcessingException) failure;
      return located(parser.pointer(), location(e, parser), syntax(e.getOriginalMessage()), e);
    }
    if (failure instanceof CharConversionException) {
      return located(
          parser.pointer(),
          parser.currentLocation(),
          "the input is not valid text: " + failure.getMessage(),
          failure);
    }
    if (failure instanceof StackOverflowError) {
      return located(
          parser.pointer(), parser.currentLocation(), "the document is nested too deeply", failure);
    }
    return located(
        parser.pointer(),
        parser.currentLocation(),
        "the document cannot be read: " + failure,
        failure);
  }

  private static InitiativeFormatException mapping(JsonMappingException e, TrackingParser parser) {
    String path = pointer(e.getPath());
    // A builder that refuses to build: Jackson wraps what build() threw.
    Optional<InvalidModelException> invalid =
        e instanceof ValueInstantiationException
            ? cause(e, InvalidModelException.class)
            : Optional.empty();
    if (invalid.isPresent() && !invalid.get().missingAttributes().isEmpty()) {
      // Required properties are missing: point at the first, where the object that lacks them
      // starts.
      List<String> missing = invalid.get().missingAttributes();
      JsonLocation at = parser.lastClosedStart();
      return located(
          path + "/" + escape(missing.get(0)),
          at != null ? at : location(e, parser),
          "missing required "
              + (missing.size() == 1 ? "property \"" : "properties \"")
              + String.join("\", \"", missing)
              + "\" of "
              + invalid.get().type(),
          e);
    }
    if (invalid.isPresent()) {
      String attribute = invalid.get().attribute();
      JsonLocation at = parser.lastClosedValue(attribute);
      String element =
          invalid.get().index().isPresent() ? "/" + invalid.get().index().getAsInt() : "";
      return located(
          path + "/" + escape(attribute) + element,
          at != null ? at : location(e, parser),
          invalid.get().getMessage(),
          e);
    }
    return located(path, location(e, parser), describe(e, parser), e);
  }

  /** A parser's message without Jackson's notation of sources and features. */
  private static String syntax(String message) {
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      return "duplicate property \"" + duplicate.group(1) + "\"";
    }
    String plain = SOURCE.matcher(message).replaceAll("line $1, column $2");
    plain = FEATURE_ADVICE.matcher(plain).replaceAll("");
    return NOT_ENABLED.matcher(plain).replaceAll("");
  }

  /** What is wrong, in the terms of the format. */
  private static String describe(JsonMappingException e, TrackingParser parser) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      String message = "unknown property \"" + u.getPropertyName() + "\"";
      Collection<Object> known = u.getKnownPropertyIds();
      if (known != null && !known.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Object name : known) {
          names.add(String.valueOf(name));
        }
        names.sort(null);
        message += "; expected one of " + String.join(", ", names);
      }
      return message;
    }
    if (e instanceof InvalidNullException) {
      List<JsonMappingException.Reference> path = e.getPath();
      boolean element = !path.isEmpty() && path.get(path.size() - 1).getFieldName() == null;
      return element
          ? "null is not allowed as an element of an array"
          : "null is not allowed; leave out a property that has no value";
    }
    String original = e.getOriginalMessage();
    if (e instanceof MismatchedInputException
        && original != null
        && (original.startsWith("Cannot deserialize value of type")
            || original.startsWith("Cannot construct instance of")
            || original.startsWith("Cannot coerce"))) {
      MismatchedInputException m = (MismatchedInputException) e;
      JsonToken found = parser.currentToken();
      return "expected "
          + expected(m.getTargetType())
          + " but found "
          + ValueCodecs.describe(found);
    }
    return original;
  }

  /** A description of what a Java type is in JSON. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == String.class || type == Character.class || type == char.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
      return "a number";
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /** The JSON Pointer of a reference chain. */
  static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        pointer.append('/').append(escape(reference.getFieldName()));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  /** Escapes a property name as a JSON Pointer segment (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static Optional<Throwable> parserCause(Throwable failure) {
    for (Throwable t = failure.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if ((t instanceof JsonProcessingException && !(t instanceof JsonMappingException))
          || t instanceof CharConversionException) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  private static JsonLocation location(JsonProcessingException e, TrackingParser parser) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      location = parser.currentTokenLocation();
    }
    if (location == null || location.getLineNr() < 1) {
      location = parser.currentLocation();
    }
    return location;
  }

  static InitiativeFormatException located(
      String path, JsonLocation location, String problem, Throwable cause) {
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new InitiativeFormatException(path, line, column, problem, cause);
  }
}
