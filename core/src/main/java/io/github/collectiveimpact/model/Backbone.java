package io.github.collectiveimpact.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The backbone support organisation: a separate organisation with dedicated staff that coordinates the
 * partners (Kania and Kramer, SSIR 2011), its structure (FSG; Turner et al., SSIR 2012) and the backbone
 * functions it, or a partner, carries.
 */
@Value.Immutable
public abstract class Backbone implements WithBackbone {
  Backbone() {}

  /**
   * The organisation's name, e.g. "Community Center for Education Results".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The backbone's id as a partner, if it is also listed among the partners.
   *
   * @return the partner id
   */
  public abstract Optional<String> partnerId();

  /**
   * Its structure.
   *
   * @return the type
   */
  public abstract Optional<BackboneType> type();

  /**
   * Its dedicated staff.
   *
   * @return the staff positions
   */
  public abstract List<StaffPosition> staff();

  /**
   * Who funds it.
   *
   * @return the funding sources
   */
  public abstract List<FundingSource> fundingSources();

  /**
   * The backbone functions and who carries each.
   *
   * @return the roles
   */
  public abstract List<BackboneRole> roles();

  /**
   * The total full-time equivalent of the staff positions whose FTE is stated.
   *
   * @return the sum of the stated FTE; 0 if none is stated (see {@link #isStaffingStated()})
   */
  public double totalFte() {
    double total = 0;
    for (StaffPosition p : staff()) {
      total += p.fte().orElse(0);
    }
    return total;
  }

  /**
   * Whether the document says anything about the backbone's staff: at least one position is listed.
   * An empty list means the sources do not state the staffing, not that there is no staff.
   *
   * @return {@code true} if {@link #staff()} is not empty
   */
  public boolean isStaffingStated() {
    return !staff().isEmpty();
  }

  /**
   * Whether the backbone is stated to have no dedicated staff: positions are listed and each is stated
   * to be empty ({@link StaffPosition#isStatedEmpty()}).
   *
   * @return {@code true} if every listed position is stated to have no FTE or no people
   */
  public boolean hasNoDedicatedStaff() {
    if (staff().isEmpty()) {
      return false;
    }
    for (StaffPosition p : staff()) {
      if (!p.isStatedEmpty()) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks.notBlank("Backbone", "name", name());
    Checks.notBlank("Backbone", "partnerId", partnerId());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Backbone}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableBackbone.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
