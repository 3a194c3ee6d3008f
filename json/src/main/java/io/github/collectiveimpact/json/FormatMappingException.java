package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.collectiveimpact.json.format.FormatProblem;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import java.util.List;

/**
 * What a caller's own {@code ObjectMapper} throws, through a {@link CollectiveImpactModule}, for a value of
 * the format that has problems: a Jackson {@link JsonMappingException}, as a mapper's callers expect, that
 * carries the same problems, pointers and messages as {@link CollectiveImpactJson} would give, in {@link
 * #formatException()}.
 *
 * <p>The pointers are those of the caller's document: a partner read as {@code /members/2} of a larger
 * document has its problems under {@code /members/2/...}.
 */
public final class FormatMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The problems. */
  private final InitiativeFormatException formatException;

  FormatMappingException(JsonParser parser, InitiativeFormatException formatException) {
    // The cause goes to the constructor: the others set a null cause, which initCause cannot
    // replace.
    super(parser, formatException.getMessage(), formatException);
    this._location = location(formatException);
    this.formatException = formatException;
  }

  private static JsonLocation location(InitiativeFormatException e) {
    return new JsonLocation(null, -1L, e.line(), e.column());
  }

  /**
   * The problems, as {@link CollectiveImpactJson} reports them.
   *
   * @return the format's exception
   */
  public InitiativeFormatException formatException() {
    return formatException;
  }

  /**
   * The problems found, in the order found.
   *
   * @return the problems
   */
  public List<FormatProblem> problems() {
    return formatException.problems();
  }

  /**
   * The message: every problem, with its pointer, line and column, and nothing of Jackson's.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return formatException.getMessage();
  }
}
