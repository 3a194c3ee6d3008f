package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.format.internal.JsonOutput;
import tools.jackson.core.JsonGenerator;

/** A Jackson 3 generator, for the format's writer; Jackson 3 throws only unchecked exceptions. */
final class Jackson3Output implements JsonOutput {
  private final JsonGenerator generator;

  Jackson3Output(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(double value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }
}
