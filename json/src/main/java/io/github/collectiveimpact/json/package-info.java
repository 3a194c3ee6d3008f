/**
 * The JSON binding of collective impact initiatives and validation reports.
 *
 * <p>{@link io.github.collectiveimpact.json.CollectiveImpactJson} reads documents sent by partners, strictly
 * and with limits, and writes initiatives and reports; {@link
 * io.github.collectiveimpact.json.CollectiveImpactModule} binds the same format in a Jackson
 * {@code ObjectMapper} of the caller's. Both go through one definition of the format (which properties each
 * type has, under which names, which are required, how each value is read and written), kept beside the
 * Jackson-free {@link io.github.collectiveimpact.json.format} package. A read lists every problem of a
 * document in one {@link io.github.collectiveimpact.json.format.InitiativeFormatException}, each with the
 * JSON Pointer, line and column of the offending value, in English or Japanese; a {@link
 * io.github.collectiveimpact.json.format.ReadResult} also says which unknown properties a lenient reader
 * skipped.
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
 * order; a duplicate in it is refused where it is, as the schema says its elements are unique.
 *
 * <p>What is read is written back with the same content: a cadence keeps the form it was written in
 * ({@code "P2W"} stays {@code "P2W"}); a publication lag is an ISO-8601 period of years, months and days in
 * the form {@link java.time.Period#toString()} gives it ({@code "P14D"}, not {@code "P2W"}; {@code "P1Y"}, not
 * {@code "P1Y0M"}), and any other form is refused with the form to write; a date is of the years 0000 to
 * 9999; a number too small to be told apart from zero ({@code 1e-400}) is refused, as is a negative zero
 * where a value must not be negative. A text that must not be blank is blank as {@link String#isBlank()}
 * sees it, and the schema's pattern says the same. The JSON Schema of the document ships in the jar (see
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
