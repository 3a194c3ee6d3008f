package io.github.collectiveimpact.model;

import org.immutables.value.Value;

/**
 * The code of an indicator in an external catalogue, so that an initiative's indicator can be matched with
 * a network's or a standard's: a Promise Neighborhoods GPRA measure, a StriveTogether outcome, an IRIS+
 * metric.
 */
@Value.Immutable
public abstract class ExternalCode implements WithExternalCode {
  /** The Promise Neighborhoods program's federal performance (GPRA) indicators. */
  public static final String PROMISE_NEIGHBORHOODS_GPRA = "promise_neighborhoods_gpra";

  /** StriveTogether's cradle-to-career community-level outcomes. */
  public static final String STRIVETOGETHER_OUTCOME = "strivetogether_outcome";

  /** The IRIS+ catalogue of impact metrics (Global Impact Investing Network). */
  public static final String IRIS_PLUS = "iris_plus";

  ExternalCode() {}

  /**
   * The catalogue the code belongs to, e.g. {@link #PROMISE_NEIGHBORHOODS_GPRA}.
   *
   * @return the catalogue's name, not blank
   */
  public abstract String catalogue();

  /**
   * The code within the catalogue.
   *
   * @return the code, not blank
   */
  public abstract String code();

  /**
   * An external code.
   *
   * @param catalogue the catalogue
   * @param code the code within it
   * @return the external code
   */
  public static ExternalCode of(String catalogue, String code) {
    return builder().catalogue(catalogue).code(code).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("ExternalCode", "catalogue", catalogue());
    Checks.notBlank("ExternalCode", "code", code());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ExternalCode}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableExternalCode.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
