package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.collectiveimpact.json.format.internal.JsonOutput;
import java.io.IOException;

/** A Jackson 2 generator, for the format's writer. */
final class JacksonOutput implements JsonOutput {
  private final JsonGenerator generator;

  JacksonOutput(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    generator.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    generator.writeString(value);
  }

  @Override
  public void number(double value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    generator.writeBoolean(value);
  }
}
