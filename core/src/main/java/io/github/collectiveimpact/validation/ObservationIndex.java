package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.model.Observation;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The positions in an initiative's {@code observations} of the observations of each indicator id, in
 * increasing order, built in one pass over the observations.
 *
 * <p>One validation builds it once and shares it among the rules that check observations against their
 * indicator: each of them then resolves an indicator once per indicator id rather than once per
 * observation, and never compares an observation's indicator id again. With a million observations, each
 * holding its own copy of the id as read from a document, every such comparison reads memory that is not
 * in any cache. A rule reaches it through {@link RuleContext#observationIndex()}, whether it is built in
 * or one's own.
 *
 * <p>An index is immutable and may be read from several threads.
 */
public final class ObservationIndex {
  private static final int[] NONE = new int[0];

  private final Map<String, int[]> positions;

  private ObservationIndex(List<Observation> observations) {
    Map<String, Positions> growing = new LinkedHashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      growing.computeIfAbsent(observations.get(i).indicatorId(), k -> new Positions()).add(i);
    }
    Map<String, int[]> done = new LinkedHashMap<>(Math.max(16, growing.size() * 2));
    for (Map.Entry<String, Positions> entry : growing.entrySet()) {
      done.put(entry.getKey(), entry.getValue().toArray());
    }
    this.positions = Collections.unmodifiableMap(done);
  }

  /**
   * The index of some observations.
   *
   * @param observations the observations, e.g. an initiative's {@code observations()}
   * @return the index
   */
  public static ObservationIndex build(List<Observation> observations) {
    return new ObservationIndex(observations);
  }

  /**
   * The distinct indicator ids of the observations, known to the initiative or not, in order of first
   * appearance.
   *
   * @return the ids
   */
  public Set<String> indicatorIds() {
    return positions.keySet();
  }

  /**
   * The positions in the observations of those of an indicator id, increasing.
   *
   * @param indicatorId an indicator id
   * @return a new array of the positions; empty if there are none
   */
  public int[] positions(String indicatorId) {
    return positionsOf(indicatorId).clone();
  }

  /**
   * The positions of the observations of an indicator id, increasing; empty if there are none. The array
   * is the index's own: the built-in rules read it and never modify it.
   */
  int[] positionsOf(String indicatorId) {
    return positions.getOrDefault(indicatorId, NONE);
  }

  /** A growing list of positions. */
  private static final class Positions {
    private int[] values = new int[8];
    private int size;

    void add(int position) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = position;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
