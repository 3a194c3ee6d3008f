package io.github.collectiveimpact.profiles;

import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.validation.Profile;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The profiles of networks that ship with the library, by name. A profile bundles what a network requires
 * of its members beyond the built-in rules (see {@link Profile}); {@link #byName(String)} finds one by the
 * name a command line or a configuration file gives, {@link #names()} lists them.
 *
 * <p>Today there is one: {@link #promiseNeighborhoods()}, named {@value #PROMISE_NEIGHBORHOODS}. A network
 * whose profile is not here states its own as a profile document (read by the json module's {@code
 * ProfileJson}) or builds one with {@link Profile#builder(String)}.
 */
public final class Profiles {
  /** The name of the Promise Neighborhoods profile, {@value}. */
  public static final String PROMISE_NEIGHBORHOODS = "promise-neighborhoods";

  /** The id of the Promise Neighborhoods profile's rule that requires its 15 indicators, {@value}. */
  public static final String PROMISE_NEIGHBORHOODS_RULE = "PN-001";

  /**
   * The 15 indicator codes every Promise Neighborhoods member must track, in order: {@code PN-01} to {@code
   * PN-15}, in the catalogue {@link ExternalCode#PROMISE_NEIGHBORHOODS_GPRA}.
   *
   * <p><b>The codes are this library's, not the Department's.</b> The U.S. Department of Education numbers
   * its GPRA indicators, but the wording and numbering vary by grant cohort (each Notice Inviting
   * Applications has its own), so the library uses stable codes in the usual order of the program's
   * indicators (early childhood, school, postsecondary, health, safety, stability, family support,
   * digital access). A member that reports to the Department maps them to the numbers of its own cohort.
   */
  public static final List<String> PROMISE_NEIGHBORHOODS_INDICATOR_CODES =
      List.of(
          "PN-01", "PN-02", "PN-03", "PN-04", "PN-05", "PN-06", "PN-07", "PN-08", "PN-09", "PN-10",
          "PN-11", "PN-12", "PN-13", "PN-14", "PN-15");

  private static final String BUNDLE = "io.github.collectiveimpact.profiles.Profiles";

  private Profiles() {}

  /**
   * The Promise Neighborhoods profile: a U.S. Department of Education program and a national network
   * whose members track "10 results and 15 indicators". Its one rule, {@value #PROMISE_NEIGHBORHOODS_RULE}
   * (a WARNING), reports in one finding every code of {@link #PROMISE_NEIGHBORHOODS_INDICATOR_CODES} that
   * no indicator of the member carries in the catalogue {@link ExternalCode#PROMISE_NEIGHBORHOODS_GPRA};
   * its message is in English and Japanese.
   *
   * @return the profile, named "Promise Neighborhoods"
   */
  public static Profile promiseNeighborhoods() {
    return Profile.builder("Promise Neighborhoods")
        .description(description(PROMISE_NEIGHBORHOODS, Locale.ROOT).orElseThrow())
        .requireIndicatorCodes(
            PROMISE_NEIGHBORHOODS_RULE,
            ExternalCode.PROMISE_NEIGHBORHOODS_GPRA,
            PROMISE_NEIGHBORHOODS_INDICATOR_CODES,
            "U.S. Department of Education, Promise Neighborhoods program: the GPRA indicators of its notices"
                + " inviting applications (codes PN-01 to PN-15 are this library's, not the Department's"
                + " numbering)")
        .build();
  }

  /**
   * The names of the profiles that ship with the library, in a fixed order.
   *
   * @return the names, e.g. {@value #PROMISE_NEIGHBORHOODS}
   */
  public static List<String> names() {
    return List.of(PROMISE_NEIGHBORHOODS);
  }

  /**
   * A profile that ships with the library, by its name.
   *
   * @param name one of {@link #names()}; case matters
   * @return the profile, or empty if no profile has that name
   */
  public static Optional<Profile> byName(String name) {
    Objects.requireNonNull(name, "name");
    if (PROMISE_NEIGHBORHOODS.equals(name)) {
      return Optional.of(promiseNeighborhoods());
    }
    return Optional.empty();
  }

  /**
   * What a profile that ships with the library requires, in English or Japanese.
   *
   * @param name one of {@link #names()}
   * @param locale the language: Japanese for any locale whose language is Japanese, else English
   * @return the description, or empty if no profile has that name
   */
  public static Optional<String> description(String name, Locale locale) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(locale, "locale");
    if (!names().contains(name)) {
      return Optional.empty();
    }
    Locale supported =
        Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported);
    return Optional.of(bundle.getString(name + ".description"));
  }
}
