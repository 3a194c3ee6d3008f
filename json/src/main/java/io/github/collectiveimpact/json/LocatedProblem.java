package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A problem found after the parser has moved past the value it is about (a missing property, a report
 * whose parts disagree), reported at the location of that value rather than where the parser is.
 */
final class LocatedProblem extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  LocatedProblem(JsonParser parser, String message, JsonLocation location) {
    super(parser, message, location);
  }
}
