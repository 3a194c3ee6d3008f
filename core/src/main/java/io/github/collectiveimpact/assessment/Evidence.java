package io.github.collectiveimpact.assessment;

import java.util.Objects;

/**
 * A criterion the document meets, where.
 *
 * @param path a JSON Pointer into the initiative's document, e.g. {@code /commonAgenda/endorsements/0};
 *     empty for the document as a whole
 * @param message what the criterion asks, which holds, in the assessment's language
 */
public record Evidence(String path, String message) {
  /**
   * Checks the parts.
   *
   * @param path the path
   * @param message the message
   */
  public Evidence {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }
}
