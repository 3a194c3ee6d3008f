package io.github.collectiveimpact.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A channel through which the initiative communicates: a newsletter, a shared dashboard of its indicators,
 * a website, a convening, a report.
 */
@Value.Immutable
public abstract class Channel implements WithChannel {
  Channel() {}

  /**
   * The channel's id, unique among the initiative's channels.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Its name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The kind of channel.
   *
   * @return the kind
   */
  public abstract ChannelKind kind();

  /**
   * Whom it reaches.
   *
   * @return the audience
   */
  public abstract Audience audience();

  /**
   * Whether it publishes the results of the shared indicators.
   *
   * @return {@code true} if it publishes results
   */
  public abstract boolean publishesResults();

  /**
   * The partners who take part in the channel: contribute to it or are enrolled in it.
   *
   * @return the partner ids
   */
  public abstract List<String> partnerIds();

  @Value.Check
  void check() {
    Checks.notBlank("Channel", "id", id());
    Checks.notBlank("Channel", "name", name());
    Checks.noneBlank("Channel", "partnerIds", partnerIds());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Channel}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableChannel.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
