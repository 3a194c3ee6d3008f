package io.github.collectiveimpact.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The common agenda: a shared understanding of the problem, a shared vision of change, and the primary
 * goals that partners agree on (Kania and Kramer, "Collective Impact", SSIR 2011). Every attribute may be
 * missing: the validator reports an agenda that is not yet stated.
 */
@Value.Immutable
public abstract class CommonAgenda implements WithCommonAgenda {
  CommonAgenda() {}

  /**
   * The problem the initiative addresses, as partners understand it together.
   *
   * @return the problem statement
   */
  public abstract Optional<String> problemStatement();

  /**
   * The change partners want to see.
   *
   * @return the vision
   */
  public abstract Optional<String> vision();

  /**
   * The primary goals.
   *
   * @return the goals
   */
  public abstract List<Goal> goals();

  /**
   * Which partners have formally adopted the agenda, and when.
   *
   * @return the endorsements
   */
  public abstract List<Endorsement> endorsements();

  /**
   * An agenda with nothing stated yet.
   *
   * @return the empty agenda
   */
  public static CommonAgenda empty() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommonAgenda}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableCommonAgenda.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
