package io.github.collectiveimpact.benchmarks.plain;

import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Unit;
import java.util.ArrayList;
import java.util.List;

/** A shared indicator. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainIndicator {
  /** The indicator's id. */
  public String id;

  /** Its name. */
  public String name;

  /** Its definition, or null. */
  public String definition;

  /** Its unit, or null. */
  public Unit unit;

  /** The desired direction. */
  public Direction desiredDirection;

  /** Population or performance. */
  public IndicatorLevel level;

  /** The baseline, or null. */
  public PlainDatedValue baseline;

  /** The target, or null. */
  public PlainDatedValue target;

  /** The interim targets. */
  public List<PlainDatedValue> interimTargets = new ArrayList<>();

  /** The reporting frequency as an ISO-8601 period, or null. */
  public String reportingFrequency;

  /** The data source, or null. */
  public String dataSource;

  /** The ids of the data partners. */
  public List<String> dataPartnerIds = new ArrayList<>();

  /** The keys of the dimensions it is broken down by. */
  public List<String> disaggregations = new ArrayList<>();

  /** Its codes in external catalogues. */
  public List<PlainExternalCode> externalCodes = new ArrayList<>();

  /** An instance with every attribute unset and every list empty. */
  public PlainIndicator() {}
}
