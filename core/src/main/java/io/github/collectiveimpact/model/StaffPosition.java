package io.github.collectiveimpact.model;

import org.immutables.value.Value;

/** A staff position at the backbone, with its share of a full-time equivalent. */
@Value.Immutable
public abstract class StaffPosition implements WithStaffPosition {
  StaffPosition() {}

  /**
   * The role, e.g. "Executive director" or "Data manager".
   *
   * @return the role, not blank
   */
  public abstract String role();

  /**
   * The full-time equivalent dedicated to the backbone: 1.0 for one full-time person.
   *
   * @return the FTE, finite and not negative
   */
  public abstract double fte();

  /**
   * A staff position.
   *
   * @param role the role
   * @param fte the full-time equivalent
   * @return the position
   */
  public static StaffPosition of(String role, double fte) {
    return builder().role(role).fte(fte).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("StaffPosition", "role", role());
    Checks.notNegative("StaffPosition", "fte", fte());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffPosition}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableStaffPosition.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
