package io.github.collectiveimpact.json.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas this module ships. A resource of a named module is read from a class of that module,
 * so the bindings take the schemas' text from here.
 */
public final class Schemas {
  /** Where the initiative document's JSON Schema (draft 2020-12) lies, {@value}. */
  public static final String INITIATIVE_RESOURCE =
      "/io/github/collectiveimpact/json/format/initiative.schema.json";

  /** Where the validation report document's JSON Schema (draft 2020-12) lies, {@value}. */
  public static final String REPORT_RESOURCE =
      "/io/github/collectiveimpact/json/format/report.schema.json";

  /**
   * Where the schemas of version 1.0 of both documents lie, {@value}: {@code initiative.schema.json} and
   * {@code report.schema.json}, frozen as they were released.
   */
  public static final String VERSION_1_0_FOLDER =
      "/io/github/collectiveimpact/json/format/schema-1.0/";

  private Schemas() {}

  /**
   * The initiative document's JSON Schema.
   *
   * @return the schema's text
   */
  public static String initiative() {
    return resource(INITIATIVE_RESOURCE);
  }

  /**
   * The validation report document's JSON Schema.
   *
   * @return the schema's text
   */
  public static String report() {
    return resource(REPORT_RESOURCE);
  }

  /**
   * A schema this module ships, by its resource name.
   *
   * @param name the absolute resource name, e.g. {@link #REPORT_RESOURCE}
   * @return the schema's text
   */
  public static String resource(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
