package io.github.collectiveimpact.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import org.junit.jupiter.api.Test;

class TraversalTest {
  private final Initiative initiative = SyntheticInitiatives.generate(20, 6, 500, 1);

  @Test
  void equalInitiativesHaveEqualChecksums() {
    assertEquals(
        Traversal.checksum(initiative),
        Traversal.checksum(SyntheticInitiatives.generate(20, 6, 500, 1)));
  }

  @Test
  void theLastObservationsValueIsRead() {
    int last = initiative.observations().size() - 1;
    Observation o = initiative.observations().get(last);
    Initiative changed =
        initiative.withObservations(
            concat(initiative.observations().subList(0, last), o.withValue(o.value() + 1)));

    assertNotEquals(Traversal.checksum(initiative), Traversal.checksum(changed));
  }

  @Test
  void theLastChannelsPartnersAreRead() {
    int last = initiative.channels().size() - 1;
    var channel = initiative.channels().get(last);
    Initiative changed =
        initiative.withChannels(
            concat(initiative.channels().subList(0, last), channel.withPartnerIds("someone-else")));

    assertNotEquals(Traversal.checksum(initiative), Traversal.checksum(changed));
  }

  private static <T> java.util.List<T> concat(java.util.List<T> head, T last) {
    java.util.List<T> all = new java.util.ArrayList<>(head);
    all.add(last);
    return all;
  }
}
