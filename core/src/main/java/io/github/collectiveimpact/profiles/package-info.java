/**
 * The profiles of networks that ship with the library: {@link
 * io.github.collectiveimpact.profiles.Profiles#promiseNeighborhoods()}, and lookup by name ({@link
 * io.github.collectiveimpact.profiles.Profiles#byName(String)}), as a command line names them.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .asOf(LocalDate.of(2026, 6, 30))
 *     .profile(Profiles.promiseNeighborhoods())  // or Profiles.byName("promise-neighborhoods")
 *     .build();
 * }</pre>
 *
 * <p>A profile is a {@link io.github.collectiveimpact.validation.Profile}: rules of a network's own,
 * thresholds, severity overrides and disabled rules.
 */
package io.github.collectiveimpact.profiles;
