package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A partner's formal adoption of the common agenda, such as signing a partnership agreement or charter. */
@Value.Immutable
public abstract class Endorsement implements WithEndorsement {
  Endorsement() {}

  /**
   * The partner who endorsed the agenda.
   *
   * @return the partner's id
   */
  public abstract String partnerId();

  /**
   * When the partner endorsed it, if known.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * An endorsement.
   *
   * @param partnerId the partner's id
   * @param date the date of endorsement
   * @return the endorsement
   */
  public static Endorsement of(String partnerId, LocalDate date) {
    return builder().partnerId(partnerId).date(date).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("Endorsement", "partnerId", partnerId());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Endorsement}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableEndorsement.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
