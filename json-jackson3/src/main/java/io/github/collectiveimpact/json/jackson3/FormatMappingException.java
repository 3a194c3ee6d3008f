package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.format.FormatProblem;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * What a caller's own Jackson 3 mapper throws, through a {@link CollectiveImpactJacksonModule}, for a
 * value of the format that has problems: a Jackson {@link DatabindException}, as a mapper's callers
 * expect, that carries the same problems, pointers and messages as {@link CollectiveImpactJson} would
 * give, in {@link #formatException()}.
 *
 * <p>The pointers are those of the caller's document: a partner read as {@code /members/2} of a larger
 * document has its problems under {@code /members/2/...}.
 */
public final class FormatMappingException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The problems. */
  private final InitiativeFormatException formatException;

  FormatMappingException(JsonParser parser, InitiativeFormatException formatException) {
    super(
        parser,
        formatException.getMessage(),
        new TokenStreamLocation(null, -1L, formatException.line(), formatException.column()),
        formatException);
    this.formatException = formatException;
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
    return formatException == null ? super.getMessage() : formatException.getMessage();
  }
}
