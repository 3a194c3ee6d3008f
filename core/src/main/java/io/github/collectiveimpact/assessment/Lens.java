package io.github.collectiveimpact.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * A framework through which the conditions of an initiative are rated: Kania and Kramer's five conditions,
 * or Collective Impact 3.0 (Cabaj and Weaver, "Collective Impact 3.0: An Evolving Framework for Community
 * Change", Tamarack Institute, 2016), which reframes each condition for a movement rather than a managed
 * programme.
 */
public enum Lens {
  /** The five conditions (Kania and Kramer, "Collective Impact", SSIR 2011). */
  FIVE_CONDITIONS("Five conditions"),
  /** Collective Impact 3.0 (Cabaj and Weaver, Tamarack Institute, 2016). */
  COLLECTIVE_IMPACT_3("Collective Impact 3.0");

  private final String title;

  Lens(String title) {
    this.title = title;
  }

  /**
   * The lens's name in English.
   *
   * @return for example {@code "Five conditions"}
   */
  public String title() {
    return title;
  }

  /**
   * The conditions the lens rates, in the literature's order.
   *
   * @return the conditions
   */
  public List<AssessedCondition> conditions() {
    List<AssessedCondition> result = new ArrayList<>();
    for (AssessedCondition c : AssessedCondition.values()) {
      if (c.lens() == this) {
        result.add(c);
      }
    }
    return List.copyOf(result);
  }
}
