package io.github.collectiveimpact.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dimension by which an indicator's results are broken down, such as race and ethnicity or family
 * income. Disaggregated data is the first strategy of "Centering Equity in Collective Impact" (Kania et al.,
 * SSIR Winter 2022): it shows which groups an initiative is failing.
 *
 * <p>An open vocabulary: a key in lower-case snake case, with constants for the common dimensions.
 */
public final class DisaggregationDimension implements Comparable<DisaggregationDimension> {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** Race and ethnicity. */
  public static final DisaggregationDimension RACE_ETHNICITY =
      new DisaggregationDimension("race_ethnicity");

  /** Family income, e.g. eligibility for free or reduced-price lunch. */
  public static final DisaggregationDimension INCOME = new DisaggregationDimension("income");

  /** Gender. */
  public static final DisaggregationDimension GENDER = new DisaggregationDimension("gender");

  /** Home language or English-learner status. */
  public static final DisaggregationDimension LANGUAGE = new DisaggregationDimension("language");

  /** Disability or special-education status. */
  public static final DisaggregationDimension DISABILITY =
      new DisaggregationDimension("disability");

  /** A place within the area served: a district, neighbourhood or zip code. */
  public static final DisaggregationDimension GEOGRAPHY = new DisaggregationDimension("geography");

  /** Age group. */
  public static final DisaggregationDimension AGE = new DisaggregationDimension("age");

  private final String key;

  private DisaggregationDimension(String key) {
    this.key = key;
  }

  /**
   * The dimension with the given key.
   *
   * @param key a lower-case snake-case key such as {@code race_ethnicity} or {@code housing_status}
   * @return the dimension
   * @throws InvalidModelException if the key is not lower-case snake case
   */
  public static DisaggregationDimension of(String key) {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new InvalidModelException(
          "DisaggregationDimension",
          "key",
          -1,
          key,
          InvalidModelException.Reason.NOT_A_KEY,
          "must be lower-case snake case, e.g. race_ethnicity");
    }
    return new DisaggregationDimension(key);
  }

  /**
   * The key of this dimension.
   *
   * @return the key, e.g. {@code race_ethnicity}
   */
  public String key() {
    return key;
  }

  @Override
  public int compareTo(DisaggregationDimension other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DisaggregationDimension
        && ((DisaggregationDimension) other).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * The key.
   *
   * @return the key, as {@link #key()}
   */
  @Override
  public String toString() {
    return key;
  }
}
