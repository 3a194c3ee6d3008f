package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.collectiveimpact.json.format.internal.InitiativeFormat;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code schemaVersion} of the documents: written first, required when reading, and only a version of
 * the supported major version is accepted.
 */
final class SchemaVersion {
  /** The property's name. */
  static final String PROPERTY = "schemaVersion";

  /** The version of the initiative document this library writes. */
  static final String CURRENT = InitiativeFormat.VERSION;

  /**
   * The version of the report document this library writes: 1.1 added the {@code results} section; a
   * reader reads every 1.x report, with or without it.
   */
  static final String REPORT_CURRENT = "1.1";

  /** The major version this library reads; minor versions are backward compatible. */
  static final int MAJOR = 1;

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private SchemaVersion() {}

  /**
   * Checks a version read from a document.
   *
   * @return {@code null} if it is supported, otherwise what is wrong with it
   */
  static String problem(String version) {
    Matcher m = FORM.matcher(version);
    if (!m.matches()) {
      return "is not a schema version of the form major.minor such as \"" + CURRENT + "\"";
    }
    if (Integer.parseInt(m.group(1)) != MAJOR) {
      return "is not a supported schema version; this reader supports " + MAJOR + ".x";
    }
    return null;
  }

  /** Reads the current token as a schema version and checks it. */
  static String read(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    String version =
        ValueCodecs.readString(
            p, ctxt, type, "the schema version as a string such as \"" + CURRENT + "\"");
    String problem = problem(version);
    if (problem != null) {
      throw ValueCodecs.invalid(p, version, type, problem);
    }
    return version;
  }
}
