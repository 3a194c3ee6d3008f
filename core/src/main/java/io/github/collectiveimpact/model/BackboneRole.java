package io.github.collectiveimpact.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the six backbone functions (Turner et al., SSIR 2012), and who carries it: the backbone itself,
 * or a partner. StriveTogether argues for a backbone <em>function</em> that several organisations may share.
 */
@Value.Immutable
public abstract class BackboneRole implements WithBackboneRole {
  BackboneRole() {}

  /**
   * The function carried.
   *
   * @return the function
   */
  public abstract BackboneFunction function();

  /**
   * The partner who carries it; empty when the backbone organisation carries it itself.
   *
   * @return the partner's id
   */
  public abstract Optional<String> partnerId();

  /**
   * How the function is carried out.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * A function carried by the backbone itself.
   *
   * @param function the function
   * @param description how it is carried out
   * @return the role
   */
  public static BackboneRole of(BackboneFunction function, String description) {
    return builder().function(function).description(description).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("BackboneRole", "partnerId", partnerId());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BackboneRole}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableBackboneRole.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
