package io.github.collectiveimpact.benchmarks.plain;

import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.ChannelKind;
import java.util.ArrayList;
import java.util.List;

/** A communication channel. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainChannel {
  /** The channel's id. */
  public String id;

  /** Its name. */
  public String name;

  /** The kind of channel. */
  public ChannelKind kind;

  /** Whom it reaches. */
  public Audience audience;

  /** Whether it publishes results. */
  public boolean publishesResults;

  /** The ids of the partners taking part. */
  public List<String> partnerIds = new ArrayList<>();

  /** An instance with every attribute unset and every list empty. */
  public PlainChannel() {}
}
