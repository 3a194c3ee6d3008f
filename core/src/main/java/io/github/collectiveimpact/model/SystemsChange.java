package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change in the system that the initiative contributed to: a policy, a practice, a funding flow. Such
 * changes are the middle years' evidence of progress, before population results move (Preskill,
 * Parkhurst and Splansky Juster, "Guide to Evaluating Collective Impact", FSG and Collective Impact Forum,
 * 2014; Kania et al., "Centering Equity in Collective Impact", SSIR 2022).
 */
@Value.Immutable
public abstract class SystemsChange implements WithSystemsChange {
  SystemsChange() {}

  /**
   * The change's id, unique among the initiative's systems changes.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * When the change took effect or was adopted.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * What kind of change it is.
   *
   * @return the kind
   */
  public abstract SystemsChangeKind kind();

  /**
   * What changed, in words.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * The partners who brought the change about or adopted it.
   *
   * @return the partner ids
   */
  public abstract List<String> partnerIds();

  /**
   * Where the change is documented: a citation or an address.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  @Value.Check
  void check() {
    Checks.notBlank("SystemsChange", "id", id());
    Checks.notBlank("SystemsChange", "description", description());
    Checks.noneBlank("SystemsChange", "partnerIds", partnerIds());
    Checks.notBlank("SystemsChange", "source", source());
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
   * Builds a {@link SystemsChange}; {@code build()} checks the invariants and throws {@link
   * InvalidModelException}.
   */
  public static final class Builder extends ImmutableSystemsChange.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
