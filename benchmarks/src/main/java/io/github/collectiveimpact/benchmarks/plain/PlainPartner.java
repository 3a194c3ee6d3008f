package io.github.collectiveimpact.benchmarks.plain;

import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A partner organisation. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainPartner {
  /** The partner's id. */
  public String id;

  /** Its name. */
  public String name;

  /** Its sector. */
  public Sector sector;

  /** Its roles. */
  public List<PartnerRole> roles = new ArrayList<>();

  /** When it joined, or null. */
  public LocalDate joined;

  /** An instance with every attribute unset and every list empty. */
  public PlainPartner() {}
}
