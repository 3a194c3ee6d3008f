package io.github.collectiveimpact.model;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A staff position at the backbone, with its share of a full-time equivalent and the number of people in
 * it, where known. A backbone has "dedicated staff" (Kania and Kramer, "Collective Impact", SSIR 2011),
 * but a lean one is not a weak one (Wolff, "Ten Places Where Collective Impact Gets It Wrong", 2016):
 * what the sources do not state is left empty, never written as zero.
 */
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
   * The full-time equivalent dedicated to the backbone, if stated: 1.0 for one full-time person. Empty
   * when the sources do not say, which is not the same as zero.
   *
   * @return the FTE, finite and not negative
   */
  public abstract OptionalDouble fte();

  /**
   * How many people hold the position, if stated (a team of three part-time organisers has a headcount
   * of 3 and an FTE of perhaps 1.5).
   *
   * @return the headcount, not negative
   */
  public abstract OptionalInt headcount();

  /**
   * Whether the position is stated to have no one in it: an FTE of zero, or a headcount of zero.
   *
   * @return {@code true} if the position is stated to be empty or unpaid time only
   */
  public boolean isStatedEmpty() {
    return (fte().isPresent() && fte().getAsDouble() == 0)
        || (headcount().isPresent() && headcount().getAsInt() == 0);
  }

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

  /**
   * A staff position whose size the sources do not state.
   *
   * @param role the role
   * @return the position, with no FTE and no headcount
   */
  public static StaffPosition of(String role) {
    return builder().role(role).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("StaffPosition", "role", role());
    if (fte().isPresent()) {
      Checks.notNegative("StaffPosition", "fte", fte().getAsDouble());
    }
    if (headcount().isPresent() && headcount().getAsInt() < 0) {
      throw new InvalidModelException(
          "StaffPosition",
          "headcount",
          -1,
          headcount().getAsInt(),
          InvalidModelException.Reason.NEGATIVE,
          "must not be negative");
    }
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
