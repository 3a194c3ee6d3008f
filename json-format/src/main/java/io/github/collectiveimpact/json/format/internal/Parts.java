package io.github.collectiveimpact.json.format.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of an object read for a type that has no builder (the records of a validation report):
 * each property's value by its name, for the shape's build function to make the value from.
 */
public final class Parts {
  private final Map<String, Object> values = new HashMap<>();
  private final Map<String, int[]> locations = new HashMap<>();

  void put(String name, Object value) {
    values.put(name, value);
  }

  void locate(String name, int line, int column) {
    locations.put(name, new int[] {line, column});
  }

  /**
   * Where a property's value starts.
   *
   * @param name the property
   * @return its line and column, or {@code {-1, -1}}
   */
  public int[] location(String name) {
    int[] at = locations.get(name);
    return at == null ? new int[] {-1, -1} : at.clone();
  }

  /**
   * A property's value.
   *
   * @param name the property
   * @param <V> its type
   * @return the value; a required property is always there when the build function runs
   */
  // The build function names the type it expects; a wrong one fails there, as a cast would.
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public <V> V get(String name) {
    return (V) values.get(name);
  }

  /**
   * An optional property's value.
   *
   * @param name the property
   * @param <V> its type
   * @return the value, or empty
   */
  @SuppressWarnings("unchecked")
  public <V> Optional<V> optional(String name) {
    return Optional.ofNullable((V) values.get(name));
  }

  /**
   * An array's elements.
   *
   * @param name the property
   * @param <V> the elements' type
   * @return the elements, empty when the property is left out
   */
  @SuppressWarnings("unchecked")
  public <V> List<V> list(String name) {
    Object value = values.get(name);
    return value == null ? List.of() : (List<V>) value;
  }

  /**
   * A boolean property's value.
   *
   * @param name the property
   * @param absent the value when it is left out
   * @return the value
   */
  public boolean flag(String name, boolean absent) {
    Object value = values.get(name);
    return value == null ? absent : (Boolean) value;
  }
}
