package io.github.collectiveimpact.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * An estimate of where an initiative stands: the evaluation guide's phase and, where the public criteria
 * allow, the StriveTogether gateway it appears to have reached. Both are approximations; {@code basis} says
 * from which evidence.
 *
 * @param phase the phase, from what the initiative does; its age only bounds it
 * @param gateway the gateway, empty when not even the first one's criteria hold
 * @param basis the criteria used, in the assessment's language
 */
public record Stage(Phase phase, Optional<Gateway> gateway, String basis) {
  /**
   * Checks the parts.
   *
   * @param phase the phase
   * @param gateway the gateway
   * @param basis the basis
   */
  public Stage {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(basis, "basis");
  }
}
