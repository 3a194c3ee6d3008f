package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/**
 * A value read from a document together with where it starts, so that a problem found once the whole
 * document is read can still be reported at the value.
 *
 * @param value the value as read
 * @param location where its first token is
 * @param <T> the type of the value
 */
@JsonDeserialize(using = Located.Reader.class)
record Located<T>(T value, JsonLocation location) {

  /** Reads the value with the deserializer of its own type, and records where it starts. */
  static final class Reader extends JsonDeserializer<Located<?>> implements ContextualDeserializer {
    private final JsonDeserializer<Object> value;

    /** For Jackson, which makes a contextual instance from this one. */
    Reader() {
      this(null);
    }

    private Reader(JsonDeserializer<Object> value) {
      this.value = value;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      JavaType type = ctxt.getContextualType();
      if (type == null || type.getRawClass() != Located.class) {
        type = property.getType();
      }
      return new Reader(ctxt.findContextualValueDeserializer(type.containedType(0), property));
    }

    @Override
    public Located<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation at = p.currentTokenLocation();
      return new Located<>(value.deserialize(p, ctxt), at);
    }

    @Override
    public Located<?> getNullValue(DeserializationContext ctxt)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      Object nothing = value.getNullValue(ctxt);
      return nothing == null
          ? null
          : new Located<>(nothing, ctxt.getParser().currentTokenLocation());
    }
  }
}
