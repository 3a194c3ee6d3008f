/**
 * How far along an initiative is, condition by condition: an {@link
 * io.github.collectiveimpact.assessment.Assessment} rates each condition of two lenses (Kania and Kramer's
 * five conditions, and Collective Impact 3.0) at a {@link io.github.collectiveimpact.assessment.Level} from
 * 1 "just begun" to 4 "completely achieved" (the self-rating of the Tamarack Institute's Engage newsletter,
 * March 2020), maps it to the {@link io.github.collectiveimpact.assessment.Rating} absent, emerging or
 * mature (ORS Impact and Spark Policy Institute, 2018), says how sure it is, which evidence set it and what
 * would raise it, and estimates the initiative's {@link io.github.collectiveimpact.assessment.Stage}.
 *
 * <p>The levels come from {@link io.github.collectiveimpact.assessment.Rubric}s: {@link
 * io.github.collectiveimpact.assessment.Criterion criteria} as data beside their logic, each citing its
 * source, read over {@link io.github.collectiveimpact.assessment.Facts} (the model, the results, the rules
 * that reported findings). The project's {@code ASSESSMENT.md} is generated from the built-in rubrics.
 *
 * <p>The package reads the model and the results; the validation reads it (a report carries the
 * assessment), never the other way round.
 */
package io.github.collectiveimpact.assessment;
