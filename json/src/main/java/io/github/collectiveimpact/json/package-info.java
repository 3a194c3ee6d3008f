/**
 * The JSON binding of collective impact initiatives and validation reports.
 *
 * <p>{@link io.github.collectiveimpact.json.CollectiveImpactJson} reads documents sent by partners, strictly
 * and with limits, and writes initiatives and reports; {@link
 * io.github.collectiveimpact.json.CollectiveImpactModule} binds the same format in a Jackson
 * {@code ObjectMapper} of the caller's. Every problem with a document is one {@link
 * io.github.collectiveimpact.json.format.InitiativeFormatException} with the JSON Pointer, line and column of the
 * offending value; a {@link io.github.collectiveimpact.json.format.ReadResult} also says which unknown properties
 * a lenient reader skipped.
 *
 * <h2>The initiative document</h2>
 *
 * <p>An object whose first property is {@code "schemaVersion": "1.0"}, then the attributes of
 * {@code Initiative}. Every model type is an object whose property names are the type's attribute names in
 * camelCase ({@code commonAgenda}, {@code problemStatement}, {@code dataPartnerIds}, {@code leadPartnerId},
 * {@code meetingSeries}, {@code publishesResults}), written in the order the type declares them. An empty
 * optional attribute and an empty collection are left out (a reader takes a missing one as empty); the
 * common agenda is always written, as {@code {}} when it is empty. {@code null} is never written and never
 * accepted. Dates are ISO-8601 strings ({@code "2020-06-30"}); a reporting period is {@code {"start":
 * "2019-07-01", "end": "2020-06-30"}}; a dated value {@code {"value": 41.5, "date": "2020-06-30"}}; a cadence
 * its ISO-8601 period ({@code "P3M"}); a disaggregation dimension its key ({@code "race_ethnicity"}); an
 * enum constant its name in lower case ({@code "new_nonprofit"}, {@code "guide_vision_and_strategy"},
 * {@code "k12_education"}). Numbers are written in their shortest form. A set is written in its iteration
 * order and read back with duplicates dropped. The JSON Schema of the document ships in the jar (see
 * {@link io.github.collectiveimpact.json.CollectiveImpactJson#initiativeSchema()}).
 *
 * <h2>The validation report document</h2>
 *
 * <p>{@code schemaVersion}, {@code initiativeId}, {@code initiativeName}, {@code asOf}, {@code valid}, {@code
 * summary} ({@code countsBySeverity} and {@code countsByCategory}, keyed by lower-case names, and {@code
 * categories}, each with its {@code category}, {@code passedRuleIds} and {@code failedRuleIds}) and {@code
 * findings} (each with {@code ruleId}, {@code category}, {@code condition} unless the category is {@code
 * structure}, {@code severity}, {@code path}, {@code message}, {@code arguments} and {@code source}). Every
 * property is written, empty arrays included. {@code valid}, the counts and a finding's {@code condition} are
 * derived from the findings: a reader accepts a document without them, and refuses one where they disagree
 * with the findings.
 *
 * <h2>Versions</h2>
 *
 * <p>{@code schemaVersion} is {@code "major.minor"}. A reader accepts any minor version of its major
 * version and refuses any other major version; a new minor version only adds optional properties, which a
 * strict reader of an older minor version refuses as unknown and a lenient one skips.
 */
package io.github.collectiveimpact.json;
