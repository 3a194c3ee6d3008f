package io.github.collectiveimpact.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A group of partners that works on one part of the agenda, such as StriveTogether's collaborative action
 * networks or the Road Map Project's work groups. Channeling Change (Hanleybrown, Kania and Kramer, SSIR
 * 2012) describes such working groups as the place where mutually reinforcing activities are planned.
 */
@Value.Immutable
public abstract class WorkingGroup implements WithWorkingGroup {
  WorkingGroup() {}

  /**
   * The working group's id, unique among the initiative's working groups.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Its name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The partners who take part.
   *
   * @return the partner ids
   */
  public abstract List<String> memberPartnerIds();

  /**
   * The goals the group focuses on.
   *
   * @return the goal ids
   */
  public abstract List<String> goalIds();

  /**
   * The indicators the group focuses on.
   *
   * @return the indicator ids
   */
  public abstract List<String> indicatorIds();

  @Value.Check
  void check() {
    Checks.notBlank("WorkingGroup", "id", id());
    Checks.notBlank("WorkingGroup", "name", name());
    Checks.noneBlank("WorkingGroup", "memberPartnerIds", memberPartnerIds());
    Checks.noneBlank("WorkingGroup", "goalIds", goalIds());
    Checks.noneBlank("WorkingGroup", "indicatorIds", indicatorIds());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkingGroup}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableWorkingGroup.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
