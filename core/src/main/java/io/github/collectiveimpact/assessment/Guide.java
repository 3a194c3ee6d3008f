package io.github.collectiveimpact.assessment;

import java.util.List;
import java.util.Locale;

/** Renders rubrics as the Markdown of {@code ASSESSMENT.md}. */
final class Guide {
  private Guide() {}

  static String markdown(List<Rubric> rubrics) {
    Texts t = Texts.of(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    out.append("# Assessment rubrics\n\n")
        .append(
            "Generated from the rubrics in `core` (`Rubric.toMarkdown(Rubric.builtIn())`); do not edit"
                + " by hand. `Assessment.of(initiative, asOf)` applies them; every validation report"
                + " carries the assessment (`report.assessment()`).\n\n")
        .append(
            "The assessment rates how far each condition is achieved, from the evidence the document"
                + " states. It rates the conditions, not the outcomes: collecting, sharing and using data"
                + " raise shared measurement; bad results do not lower it, so an initiative that reports"
                + " bad news honestly does not rate below one that drops its indicators. The results are"
                + " shown beside the levels, in the report's `results`.\n\n")
        .append("## Levels and ratings\n\n")
        .append(
            "Levels follow the four-level self-rating published in the Tamarack Institute's Engage"
                + " newsletter (March 2020), from level 1 \"just begun\" to level 4 \"completely"
                + " achieved\"; the names of levels 2 and 3 are the library's. The rating is the"
                + " absent / emerging / mature scale of ORS Impact and Spark Policy Institute, \"When"
                + " Collective Impact Has an Impact\" (2018). The mapping between the two is the"
                + " library's own:\n\n")
        .append("| level | label | rating |\n| --- | --- | --- |\n");
    for (Level level : Level.values()) {
      out.append("| ")
          .append(level.number())
          .append(" | ")
          .append(t.level(level))
          .append(" | `")
          .append(Texts.name(level.rating()))
          .append("` |\n");
    }
    out.append("| (none) | ")
        .append(t.notAssessed())
        .append(" | `not_assessed` |\n\n")
        .append(
            "Why: ORS and Spark's researchers rated a condition mature when it was fully in place and"
                + " working; only level 4, every criterion met, says that. A condition that has just"
                + " begun is stated but not yet working as a condition, which is what they called"
                + " absent. Levels 2 and 3 are a condition partly in place: emerging. Where the document"
                + " is silent on a condition's first criteria there is no level and the rating is"
                + " `not_assessed`: not stated is never level 1.\n\n")
        .append("## How a level is reached\n\n")
        .append(
            "- A condition reaches a level when every applicable criterion of that level and of every"
                + " level below it is met; level 1's criteria ask only that the condition is stated.\n"
                + "- A criterion is met, not met, or not stated (the document is silent on what it asks"
                + " about). Not stated counts as not met for the level, so a level is only as high as"
                + " its evidence.\n"
                + "- Confidence is the share of the condition's applicable criteria that the document"
                + " states, met or not: `high` from four in five, `medium` from half, `low` below"
                + " half or when not assessed.\n"
                + "- Evidence lists the criteria met, each with a JSON Pointer into the initiative's"
                + " document. Next steps are the criteria of the next level not met: what to do, why,"
                + " and the source; recommendations, not errors.\n"
                + "- Collective Impact 3.0 (Cabaj & Weaver, Tamarack Institute, 2016) is read through"
                + " its shift from managing programmes to building a movement: high-leverage"
                + " activities need not reinforce each other, so coordination is no evidence there,"
                + " and systems and policy changes are; inclusive engagement weighs people with lived"
                + " experience in the decisions; the container for change convenes and connects while"
                + " the collaborators drive change.\n"
                + "- A network can supply a rubric of its own (`Rubric.of(lens, name, criteria)`), carry"
                + " it in a `Profile` (`Profile.builder(name).rubric(rubric)`), recalibrate the"
                + " built-in one (`withCalibration`) and mark criteria not applicable"
                + " (`withNotApplicable`; Collective Impact Forum, Principles of Practice, 2016, no. 8,"
                + " customize for local context). A criterion not applicable is neither required nor"
                + " counted in the confidence.\n\n");
    for (Rubric rubric : rubrics) {
      out.append("## ")
          .append(rubric.lens().title())
          .append(" (`")
          .append(Texts.name(rubric.lens()))
          .append("`)\n\n");
      if (!rubric.notApplicable().isEmpty()) {
        out.append("Not applicable: ")
            .append(String.join(", ", rubric.notApplicable()))
            .append(".\n\n");
      }
      for (AssessedCondition condition : rubric.lens().conditions()) {
        out.append("### ")
            .append(condition.title())
            .append(" (`")
            .append(Texts.name(condition))
            .append("`)\n\n");
        out.append("| level | id | criterion | next step | source |\n")
            .append("| --- | --- | --- | --- | --- |\n");
        for (Criterion c : rubric.criteria(condition)) {
          out.append("| ")
              .append(c.level())
              .append(" | ")
              .append(c.id())
              .append(" | ")
              .append(cell(c.statement()))
              .append(" | ")
              .append(cell(c.action()))
              .append(" | ")
              .append(cell(c.source()))
              .append(" |\n");
        }
        out.append('\n');
      }
    }
    out.append("## Stage\n\n")
        .append(cell(t.get("basis.phase")))
        .append(' ')
        .append(cell(t.get("basis.bound", "the launch date")))
        .append("\n\n")
        .append(cell(t.get("basis.gateway")))
        .append("\n\n")
        .append("## Calibration\n\n")
        .append("Set with `rubric.withCalibration(Calibration.defaults().withX(value))`.\n\n")
        .append("| name | default | meaning |\n| --- | --- | --- |\n");
    Calibration d = Calibration.defaults();
    out.append("| `minSectorFamilies` | ")
        .append(d.minSectorFamilies())
        .append(" | Families of sectors whose partners endorsed the agenda (CA.3a). |\n")
        .append("| `minEndorsementShare` | ")
        .append(d.minEndorsementShare())
        .append(" | Share of partners that endorsed the agenda (CA.4a). |\n")
        .append("| `minParticipationShare` | ")
        .append(d.minParticipationShare())
        .append(
            " | Share of partners, other than the backbone, in the plan of action (MR.4b) and in a"
                + " meeting series, working group or channel (CC.4a). |\n")
        .append("| `functionsPerFte` | ")
        .append(d.functionsPerFte())
        .append(
            " | Backbone functions one full-time equivalent can carry (BB.3b); the library's own"
                + " heuristic, so that a lean backbone sharing its functions rates as well as a large"
                + " one, and a part-time post carrying every function on paper does not. |\n")
        .append("| `maxSinceLastMeeting` | ")
        .append(d.maxSinceLastMeeting())
        .append(" | How long ago the leaders' or the reviewing meeting may be (CC.3a, SL.4a). |\n")
        .append("| `fundingHorizon` | ")
        .append(d.fundingHorizon())
        .append(" | How far past the date the backbone's funding is committed (BB.4b). |\n")
        .append("| `earlyYears` | ")
        .append(d.earlyYears())
        .append(" | Within this time of its launch an initiative is not in its later years. |\n");
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
