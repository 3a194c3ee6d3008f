package io.github.collectiveimpact.json.format.internal;

/**
 * Thrown by a shape's build function when the parts of an object disagree (a report's count that does
 * not match its findings): the problem, at a property of the object (or below it), worded by a message
 * key of the format.
 */
public final class PartProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String below;
  private final String key;
  private final transient Object[] arguments;
  private int line = -1;
  private int column = -1;

  /**
   * Creates the problem.
   *
   * @param property the property of the object where it is, whose value's location is reported
   * @param below the pointer below that property, e.g. {@code /3/ruleId}, or {@code ""}
   * @param key the message key
   * @param arguments the message's arguments
   */
  public PartProblem(String property, String below, String key, Object... arguments) {
    super(key, null, false, false);
    this.property = property;
    this.below = below;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /**
   * Gives the problem a location of its own, below the property, when the build function knows it.
   *
   * @param at the line and column, as {@link Parts#location(String)} gives them
   * @return this problem
   */
  public PartProblem at(int[] at) {
    this.line = at[0];
    this.column = at[1];
    return this;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  String property() {
    return property;
  }

  String below() {
    return below;
  }

  String key() {
    return key;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
