package io.github.collectiveimpact.json.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas this module ships. A resource of a named module is read from a class of that module,
 * so the bindings take the schema's text from here.
 */
public final class Schemas {
  /** Where the initiative document's JSON Schema (draft 2020-12) lies, {@value}. */
  public static final String INITIATIVE_RESOURCE =
      "/io/github/collectiveimpact/json/format/initiative.schema.json";

  private Schemas() {}

  /**
   * The initiative document's JSON Schema.
   *
   * @return the schema's text
   */
  public static String initiative() {
    try (InputStream in = Schemas.class.getResourceAsStream(INITIATIVE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + INITIATIVE_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
