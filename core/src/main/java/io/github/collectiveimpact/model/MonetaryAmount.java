package io.github.collectiveimpact.model;

import org.immutables.value.Value;

/**
 * An amount of money in a currency, such as a funder's commitment to the backbone. Adequate financial
 * resources are a precondition for starting collective impact (Hanleybrown, Kania and Kramer, "Channeling
 * Change: Making Collective Impact Work", SSIR 2012).
 *
 * <p>The value is a {@code double}, as everywhere in the model: amounts here describe the scale of
 * support, not ledger entries.
 */
@Value.Immutable
public abstract class MonetaryAmount implements WithMonetaryAmount {
  MonetaryAmount() {}

  /**
   * The amount in {@link #currency()}.
   *
   * @return the amount, finite and not negative
   */
  public abstract double value();

  /**
   * The currency, as an ISO 4217 code such as {@code USD}, {@code JPY} or {@code EUR}.
   *
   * @return three upper-case letters
   */
  public abstract String currency();

  /**
   * An amount.
   *
   * @param value a finite amount, not negative
   * @param currency an ISO 4217 code
   * @return the amount
   */
  public static MonetaryAmount of(double value, String currency) {
    return builder().value(value).currency(currency).build();
  }

  @Value.Check
  void check() {
    Checks.notNegative("MonetaryAmount", "value", value());
    if (!currency().matches("[A-Z]{3}")) {
      throw new InvalidModelException(
          "MonetaryAmount",
          "currency",
          -1,
          currency(),
          InvalidModelException.Reason.NOT_A_CURRENCY,
          "must be an ISO 4217 code of three upper-case letters");
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

  /**
   * Builds a {@link MonetaryAmount}; {@code build()} checks the invariants and throws {@link
   * InvalidModelException}.
   */
  public static final class Builder extends ImmutableMonetaryAmount.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
