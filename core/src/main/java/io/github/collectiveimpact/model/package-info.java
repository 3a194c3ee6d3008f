/**
 * Immutable types that describe a collective impact initiative: its common agenda and goals, partners,
 * shared indicators and their observations, mutually reinforcing activities, continuous communication,
 * and the backbone organisation that supports it.
 *
 * <p>The five conditions and the vocabulary come from Kania and Kramer, "Collective Impact", Stanford
 * Social Innovation Review, Winter 2011, and the practice literature that followed it; each type cites the
 * source of its idea.
 *
 * <p>{@link io.github.collectiveimpact.model.Initiative} is the root; the other types are its parts and
 * their values ({@link io.github.collectiveimpact.model.Unit}, {@link
 * io.github.collectiveimpact.model.Cadence}, {@link io.github.collectiveimpact.model.ReportingPeriod}, the
 * enums of the vocabulary) and {@link io.github.collectiveimpact.model.Condition}, the five conditions.
 *
 * <p>Every type is built with {@code X.builder()}, copied with {@code withY(...)}, compared by value, and
 * checks its own invariants when it is built: an {@link io.github.collectiveimpact.model.InvalidModelException}
 * names the type, the attribute and the bad value, or every required attribute that was not set. Anything about the <em>quality</em> of an initiative,
 * such as a missing backbone or a reference to an unknown partner, is not a construction error: the
 * validator in {@code io.github.collectiveimpact.validation} reports it.
 */
@Value.Style(
    jdkOnly = true,
    builder = "new",
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    throwForInvalidImmutableState = InvalidModelException.class,
    defaults = @Value.Immutable(copy = true))
package io.github.collectiveimpact.model;

import org.immutables.value.Value;
