package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** An organisation taking part in the initiative. */
@Value.Immutable
public abstract class Partner implements WithPartner {
  Partner() {}

  /**
   * The partner's id, unique among the initiative's partners.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The organisation's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The sector the organisation belongs to.
   *
   * @return the sector
   */
  public abstract Sector sector();

  /**
   * The partner's family of sectors, where it differs from its sector's usual one (a for-profit
   * preschool is {@link SectorFamily#BUSINESS} although early childhood providers are usually nonprofit).
   * Cross-sector counts use {@link #sectorFamily()}.
   *
   * @return the stated family
   */
  public abstract Optional<SectorFamily> family();

  /**
   * The family of sectors this partner counts in: {@link #family()} if stated, else
   * {@link Sector#defaultFamily()} of its {@link #sector()}.
   *
   * @return the family
   */
  public SectorFamily sectorFamily() {
    return family().orElseGet(() -> sector().defaultFamily());
  }

  /**
   * The roles the partner plays in the initiative.
   *
   * @return the roles, in the order of {@link PartnerRole}
   */
  public abstract Set<PartnerRole> roles();

  /**
   * When the partner joined the initiative, if known.
   *
   * @return the date joined
   */
  public abstract Optional<LocalDate> joined();

  @Value.Check
  void check() {
    Checks.notBlank("Partner", "id", id());
    Checks.notBlank("Partner", "name", name());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partner}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutablePartner.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
