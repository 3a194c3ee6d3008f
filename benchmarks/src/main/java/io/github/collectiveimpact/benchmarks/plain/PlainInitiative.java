package io.github.collectiveimpact.benchmarks.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An initiative: the root of the document. A plain mutable class, bound by a plain {@code ObjectMapper}. */
public class PlainInitiative {
  /** The version of the document format, e.g. {@code "1.0"}. */
  public String schemaVersion;

  /** The initiative's id. */
  public String id;

  /** Its name. */
  public String name;

  /** Its description, or null. */
  public String description;

  /** The area it serves, or null. */
  public String geography;

  /** When it was launched, or null. */
  public LocalDate launchDate;

  /** The common agenda, or null. */
  public PlainCommonAgenda commonAgenda;

  /** The partners. */
  public List<PlainPartner> partners = new ArrayList<>();

  /** The backbone organisation, or null. */
  public PlainBackbone backbone;

  /** The shared indicators. */
  public List<PlainIndicator> indicators = new ArrayList<>();

  /** The observations. */
  public List<PlainObservation> observations = new ArrayList<>();

  /** The activities. */
  public List<PlainActivity> activities = new ArrayList<>();

  /** The working groups. */
  public List<PlainWorkingGroup> workingGroups = new ArrayList<>();

  /** The meeting series. */
  public List<PlainMeetingSeries> meetingSeries = new ArrayList<>();

  /** The communication channels. */
  public List<PlainChannel> channels = new ArrayList<>();

  /** An instance with every attribute unset and every list empty. */
  public PlainInitiative() {}
}
