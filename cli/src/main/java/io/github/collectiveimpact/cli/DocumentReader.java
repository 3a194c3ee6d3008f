package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.model.Initiative;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The input step: how one document becomes an initiative to validate. The validate command reads every
 * document through one of these, on many threads at once, so an implementation is thread-safe. A step
 * that adds to what the document states (observations from a file beside it, say) wraps the reader of the
 * JSON documents.
 */
@FunctionalInterface
interface DocumentReader {
  /**
   * Reads one document.
   *
   * @param file the document
   * @return the initiative
   * @throws io.github.collectiveimpact.json.format.InitiativeFormatException if its content is not a valid
   *     document, with where
   * @throws IOException if it cannot be read
   */
  Initiative read(Path file) throws IOException;
}
