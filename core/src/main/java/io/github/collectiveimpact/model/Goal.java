package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A primary goal of the common agenda, measured by shared indicators. Partners must agree on the primary
 * goals of the effort as a whole (Kania and Kramer, SSIR 2011).
 */
@Value.Immutable
public abstract class Goal implements WithGoal {
  Goal() {}

  /**
   * The goal's id, unique among the initiative's goals.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * What the goal commits to, e.g. "Double the number of students on track to earn a degree or credential".
   *
   * @return the statement, not blank
   */
  public abstract String statement();

  /**
   * The ids of the indicators that measure progress toward the goal.
   *
   * @return the indicator ids
   */
  public abstract List<String> indicatorIds();

  /**
   * By when the goal is to be met.
   *
   * @return the target date
   */
  public abstract Optional<LocalDate> targetDate();

  /**
   * The population groups whose gaps the goal must close, if the goal is an equity goal.
   *
   * @return the equity focus
   */
  public abstract Optional<EquityFocus> equityFocus();

  @Value.Check
  void check() {
    Checks.notBlank("Goal", "id", id());
    Checks.notBlank("Goal", "statement", statement());
    Checks.noneBlank("Goal", "indicatorIds", indicatorIds());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Goal}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableGoal.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
