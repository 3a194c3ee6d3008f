package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.internal.Codec;
import io.github.collectiveimpact.json.format.internal.DocumentReader;
import io.github.collectiveimpact.json.format.internal.Reading;
import io.github.collectiveimpact.json.format.internal.Root;
import io.github.collectiveimpact.json.jackson3.internal.Jackson3Input;
import io.github.collectiveimpact.json.jackson3.internal.Jackson3Output;
import java.io.IOException;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The format's reader and writer as Jackson 3 deserializers and serializers, for a caller's own mapper:
 * one pair per model type, and for the initiative its document with {@code schemaVersion}.
 */
final class FormatBinding {
  private FormatBinding() {}

  /**
   * Writes a value through the format's table.
   *
   * @param <T> the model type
   */
  static final class Writer<T> extends StdSerializer<T> {
    private final Codec<T> codec;
    private final Root<T> root;

    Writer(Class<T> type, Codec<T> codec, Root<T> root) {
      super(type);
      this.codec = codec;
      this.root = root;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
      Jackson3Output out = new Jackson3Output(gen);
      try {
        if (root != null) {
          root.write(out, value);
        } else {
          codec.write(out, value);
        }
      } catch (IOException e) {
        // Jackson 3's generator throws none; kept for the interface's sake.
        throw JacksonIOException.construct(e, gen);
      }
    }
  }

  /**
   * Reads a value through the format's reader; every problem is one {@link FormatMappingException}.
   *
   * @param <T> the model type
   */
  static final class Reader<T> extends StdDeserializer<T> {
    private final Codec<T> codec;
    private final Root<T> root;
    private final Locale locale;

    Reader(Class<T> type, Codec<T> codec, Root<T> root, Locale locale) {
      super(type);
      this.codec = codec;
      this.root = root;
      this.locale = locale;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      StreamReadConstraints limits = p.streamReadConstraints();
      try {
        return Reading.readValue(
            new Jackson3Input(p),
            Jackson3Input.token(p.currentToken()),
            p.streamReadContext().pathAsPointer().toString(),
            new DocumentReader.Limits(
                limits.getMaxNestingDepth(),
                limits.getMaxStringLength(),
                limits.getMaxNumberLength(),
                limits.getMaxDocumentLength()),
            codec,
            root,
            locale);
      } catch (InitiativeFormatException e) {
        throw new FormatMappingException(p, e);
      } catch (IOException e) {
        // The input itself failed (not its content): Jackson 3's unchecked form of that.
        throw JacksonIOException.construct(e, p);
      }
    }
  }
}
