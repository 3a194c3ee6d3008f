package io.github.collectiveimpact.json.format.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's root: an object of a shape with a {@code schemaVersion} of the supported major version,
 * written first.
 *
 * @param <T> the model type
 */
public final class Root<T> {
  /** The property's name. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private final Shape<T, ?> shape;
  private final String current;
  private final int major;

  /**
   * Creates the root.
   *
   * @param shape the document's type
   * @param current the version written
   * @param major the major version read
   */
  public Root(Shape<T, ?> shape, String current, int major) {
    this.shape = shape;
    this.current = current;
    this.major = major;
  }

  /**
   * The document's type.
   *
   * @return the shape
   */
  public Shape<T, ?> shape() {
    return shape;
  }

  /**
   * The version written.
   *
   * @return e.g. {@code 1.1}
   */
  public String current() {
    return current;
  }

  T read(DocumentReader r) throws IOException {
    boolean[] seen = new boolean[1];
    return shape.readMembers(
        r,
        new Shape.Extra() {
          @Override
          public boolean read(DocumentReader r, String property, int line, int column)
              throws IOException {
            if (!SCHEMA_VERSION.equals(property)) {
              return false;
            }
            r.enter(property);
            try {
              if (seen[0]) {
                r.problem(r.pointer(), line, column, "problem.duplicate", property, line);
                r.skip();
                return true;
              }
              seen[0] = true;
              if (r.current() != Token.STRING) {
                r.problemHere("problem.version.type", current, r.found(r.current()));
                r.skip();
                return true;
              }
              String version = r.input().text();
              Matcher m = FORM.matcher(version);
              if (!m.matches()) {
                r.problemHere("problem.version.form", version, current);
              } else if (Integer.parseInt(m.group(1)) != major) {
                r.problemHere("problem.version.major", version, major);
              }
              return true;
            } finally {
              r.leave();
            }
          }

          @Override
          public boolean end(DocumentReader r, int line, int column) {
            if (!seen[0]) {
              r.problem(
                  r.pointerBelow(SCHEMA_VERSION), line, column, "problem.missing", SCHEMA_VERSION);
              return false;
            }
            return true;
          }
        });
  }

  /**
   * Writes a value as a document: its version first, then its properties.
   *
   * @param out where to
   * @param value the value
   * @throws IOException if the output fails
   */
  public void write(JsonOutput out, T value) throws IOException {
    out.startObject();
    out.name(SCHEMA_VERSION);
    out.string(current);
    shape.writeMembers(out, value);
    out.endObject();
  }
}
