package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.internal.Codec;
import io.github.collectiveimpact.json.format.internal.DocumentReader;
import io.github.collectiveimpact.json.format.internal.Reading;
import io.github.collectiveimpact.json.format.internal.Root;
import io.github.collectiveimpact.json.internal.JacksonInput;
import java.io.IOException;
import java.util.Locale;

/**
 * The format's reader and writer as Jackson 2 deserializers and serializers, for a caller's own mapper:
 * one pair per model type, and for the initiative its document with {@code schemaVersion}.
 */
final class FormatBinding {
  private FormatBinding() {}

  /**
   * Writes a value through the format's table.
   *
   * @param <T> the type written
   */
  static final class Writer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;
    private final transient Root<T> root;

    Writer(Class<T> type, Codec<T> codec, Root<T> root) {
      super(type);
      this.codec = codec;
      this.root = root;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      JacksonOutput out = new JacksonOutput(gen);
      if (root != null) {
        root.write(out, value);
      } else {
        codec.write(out, value);
      }
    }
  }

  /**
   * Reads a value through the format's reader; every problem is one {@link FormatMappingException}.
   *
   * @param <T> the type read
   */
  static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;
    private final transient Root<T> root;
    private final Locale locale;

    Reader(Class<T> type, Codec<T> codec, Root<T> root, Locale locale) {
      super(type);
      this.codec = codec;
      this.root = root;
      this.locale = locale;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      StreamReadConstraints limits = p.streamReadConstraints();
      try {
        return Reading.readValue(
            new JacksonInput(p),
            JacksonInput.token(p.currentToken()),
            p.getParsingContext().pathAsPointer().toString(),
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
      }
    }
  }
}
