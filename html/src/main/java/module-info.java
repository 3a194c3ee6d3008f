/**
 * Validation reports of collective impact initiatives as self-contained HTML pages: one report as one
 * HTML5 file with inline CSS and SVG charts and no script, or an overview of a network of initiatives, in
 * English or Japanese.
 *
 * <h2>Where to start</h2>
 *
 * <ul>
 *   <li>{@link io.github.collectiveimpact.html.HtmlReport#of(java.util.Locale) HtmlReport.of(locale)}
 *       makes a renderer; {@code render(report)} renders a {@code ValidationReport} of the module {@code
 *       io.github.collectiveimpact.core}, {@code render(report, initiative)} adds the initiative's series,
 *       baselines and targets to the charts, and {@code renderNetwork(entries)} renders an overview.
 *   <li>{@link io.github.collectiveimpact.html.NetworkEntry#of(io.github.collectiveimpact.validation.ValidationReport,
 *       String) NetworkEntry.of(report, href)} is one initiative of an overview, with the link to its
 *       own page.
 * </ul>
 *
 * <h2>Example: a report and a network overview, written to files</h2>
 *
 * <pre>{@code
 * import io.github.collectiveimpact.html.HtmlReport;
 * import io.github.collectiveimpact.html.NetworkEntry;
 * import io.github.collectiveimpact.model.CommonAgenda;
 * import io.github.collectiveimpact.model.Goal;
 * import io.github.collectiveimpact.model.Initiative;
 * import io.github.collectiveimpact.model.Partner;
 * import io.github.collectiveimpact.model.Sector;
 * import io.github.collectiveimpact.validation.ValidationReport;
 * import io.github.collectiveimpact.validation.Validator;
 * import java.io.IOException;
 * import java.nio.file.Files;
 * import java.nio.file.Path;
 * import java.time.LocalDate;
 * import java.util.List;
 * import java.util.Locale;
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
 * ValidationReport report = Validator.builder().asOf(LocalDate.of(2026, 6, 30)).build()
 *     .validate(initiative);
 *
 * HtmlReport html = HtmlReport.of(Locale.JAPANESE);   // or Locale.ENGLISH
 * try {
 *   Files.writeString(Path.of("eastside.html"), html.render(report, initiative));
 *   Files.writeString(Path.of("network.html"),
 *       html.renderNetwork(List.of(NetworkEntry.of(report, "eastside.html"))));
 * } catch (IOException e) {
 *   System.err.println("Cannot write the page: " + e);
 * }
 * }</pre>
 */
// jte's runtime is an automatic module: its jar names itself gg.jte.runtime in its manifest, a
// stable
// name, so it is required by that name. The generated templates are opened to it, since it loads
// them
// by name and calls their render methods reflectively.
@SuppressWarnings({"requires-automatic"})
module io.github.collectiveimpact.html {
  requires transitive io.github.collectiveimpact.core;
  requires gg.jte.runtime;
  // The generated templates carry javax.annotation.processing.Generated, a source-retention
  // annotation:
  // read by javac only, not needed at run time.
  requires static java.compiler;

  exports io.github.collectiveimpact.html;

  opens io.github.collectiveimpact.html.templates to
      gg.jte.runtime;
}
