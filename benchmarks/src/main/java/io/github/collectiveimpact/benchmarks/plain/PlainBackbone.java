package io.github.collectiveimpact.benchmarks.plain;

import io.github.collectiveimpact.model.BackboneType;
import java.util.ArrayList;
import java.util.List;

/** The backbone organisation. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainBackbone {
  /** Its name. */
  public String name;

  /** Its partner id, or null. */
  public String partnerId;

  /** Its structure, or null. */
  public BackboneType type;

  /** Its staff. */
  public List<PlainStaffPosition> staff = new ArrayList<>();

  /** Its funders. */
  public List<PlainFundingSource> fundingSources = new ArrayList<>();

  /** The backbone functions and who carries them. */
  public List<PlainBackboneRole> roles = new ArrayList<>();

  /** An instance with every attribute unset and every list empty. */
  public PlainBackbone() {}
}
