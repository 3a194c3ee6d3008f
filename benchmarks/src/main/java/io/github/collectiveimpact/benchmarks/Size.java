package io.github.collectiveimpact.benchmarks;

/**
 * The three sizes of synthetic initiative the benchmarks measure, from one local initiative to a national
 * network whose intermediary validates every member's data.
 */
public enum Size {
  /** One local initiative: 50 partners, 30 indicators, 5,000 observations. */
  S(50, 30, 5_000),
  /** A large regional initiative: 1,000 partners, 200 indicators, 100,000 observations. */
  M(1_000, 200, 100_000),
  /** A national network: 10,000 partners, 1,000 indicators, 1,000,000 observations. */
  L(10_000, 1_000, 1_000_000);

  private final int partners;
  private final int indicators;
  private final int observations;

  Size(int partners, int indicators, int observations) {
    this.partners = partners;
    this.indicators = indicators;
    this.observations = observations;
  }

  /**
   * The number of partners.
   *
   * @return the partner count
   */
  public int partners() {
    return partners;
  }

  /**
   * The number of shared indicators.
   *
   * @return the indicator count
   */
  public int indicators() {
    return indicators;
  }

  /**
   * The number of observations.
   *
   * @return the observation count
   */
  public int observations() {
    return observations;
  }
}
