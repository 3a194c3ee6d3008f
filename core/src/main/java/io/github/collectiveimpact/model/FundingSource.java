package io.github.collectiveimpact.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source of the backbone's funding: a partner of the initiative or another funder. Adequate financial
 * resources, typically committed for several years by an anchor funder, are a precondition for starting
 * collective impact (Hanleybrown, Kania and Kramer, "Channeling Change: Making Collective Impact Work",
 * SSIR 2012); the amount and the committed period say how far they reach.
 */
@Value.Immutable
public abstract class FundingSource implements WithFundingSource {
  FundingSource() {}

  /**
   * The funder's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The funder's partner id, if the funder is a partner of the initiative.
   *
   * @return the partner id
   */
  public abstract Optional<String> partnerId();

  /**
   * How much the source provides over {@link #committed()}, if stated.
   *
   * @return the amount
   */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * The period for which the funding is committed, if stated. Public budgets are often committed a year
   * at a time.
   *
   * @return the committed period
   */
  public abstract Optional<DateRange> committed();

  @Value.Check
  void check() {
    Checks.notBlank("FundingSource", "name", name());
    Checks.notBlank("FundingSource", "partnerId", partnerId());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingSource}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableFundingSource.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
