/**
 * The model of a collective impact initiative and the validator that checks it against the five
 * conditions of collective impact (Kania and Kramer, "Collective Impact", Stanford Social Innovation
 * Review, 2011). The module has no run-time dependency.
 *
 * <h2>Where to start</h2>
 *
 * <ul>
 *   <li>{@link io.github.collectiveimpact.model.Initiative#builder() Initiative.builder()} builds an
 *       initiative: its common agenda and goals, partners, shared indicators and their observations,
 *       activities, working groups, meetings, channels and backbone. Every value type of the model (package
 *       {@link io.github.collectiveimpact.model}) is immutable, built with {@code X.builder()}, copied
 *       with {@code withY(...)}, and checks its own invariants when built, throwing an {@link
 *       io.github.collectiveimpact.model.InvalidModelException}.
 *   <li>{@link io.github.collectiveimpact.validation.Validator} checks an initiative against the rules of
 *       the five conditions and returns a {@link io.github.collectiveimpact.validation.ValidationReport}
 *       of {@link io.github.collectiveimpact.validation.Finding}s, each with a rule id, a category, a
 *       severity, a JSON Pointer to the element and a message in English or Japanese (package {@link
 *       io.github.collectiveimpact.validation}).
 *   <li>{@link io.github.collectiveimpact.validation.BuiltInRules#catalogue()} describes the built-in
 *       rules (the project's {@code RULES.md}); a {@link io.github.collectiveimpact.validation.Profile}
 *       adds a network's own rules, thresholds, severities and disabled rules; {@link
 *       io.github.collectiveimpact.profiles.Profiles} has the profiles that ship with the library, by name.
 *   <li>To read and write initiatives and reports as JSON, add the module {@code
 *       io.github.collectiveimpact.json} (artifact {@code collective-impact-json}): {@code
 *       CollectiveImpactJson}.
 * </ul>
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * import io.github.collectiveimpact.model.CommonAgenda;
 * import io.github.collectiveimpact.model.Goal;
 * import io.github.collectiveimpact.model.Initiative;
 * import io.github.collectiveimpact.model.Partner;
 * import io.github.collectiveimpact.model.Sector;
 * import io.github.collectiveimpact.validation.Finding;
 * import io.github.collectiveimpact.validation.ValidationReport;
 * import io.github.collectiveimpact.validation.Validator;
 * import java.time.LocalDate;
 *
 * Initiative initiative = Initiative.builder()
 *     .id("eastside")
 *     .name("Eastside Cradle to Career")
 *     .commonAgenda(CommonAgenda.builder()
 *         .vision("Every child succeeds, from cradle to career.")
 *         .addGoals(Goal.builder().id("ready").statement("More children ready for kindergarten").build())
 *         .build())
 *     .addPartners(Partner.builder().id("district").name("Eastside School District")
 *         .sector(Sector.K12_EDUCATION).build())
 *     .build();
 *
 * Validator validator = Validator.builder().asOf(LocalDate.of(2026, 6, 30)).build();
 * ValidationReport report = validator.validate(initiative);
 * for (Finding finding : report.findings()) {
 *   System.out.println(finding.ruleId() + " " + finding.path() + ": " + finding.message());
 * }
 * }</pre>
 */
// Immutables' annotations jar is an automatic module (it names itself in its manifest).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.collectiveimpact.core {
  // Read by the modules that read this one: the generated classes carry its @Generated, which javac
  // looks up when a caller compiles against them. Not needed at run time.
  requires static transitive org.immutables.value.annotations;

  exports io.github.collectiveimpact.assessment;
  exports io.github.collectiveimpact.model;
  exports io.github.collectiveimpact.profiles;
  exports io.github.collectiveimpact.results;
  exports io.github.collectiveimpact.validation;
}
