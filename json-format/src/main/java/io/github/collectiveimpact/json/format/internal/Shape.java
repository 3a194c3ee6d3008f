package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.model.InvalidModelException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * An object of the format: its properties, in the order they are written, each with its name, its codec,
 * whether it is required, how it is read into the model type's builder and how it is taken from a value.
 * This is the one place where the format's property names are written down; reading, writing and the
 * schema test all go through it.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class Shape<T, B> extends Codec<T> {
  private final String name;
  private final Class<T> type;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Field<T, B>> fields = new ArrayList<>();
  private final Map<String, Field<T, B>> byName = new HashMap<>();
  private String known = "";

  private Shape(String name, Class<T> type, Supplier<B> builder, Function<B, T> build) {
    super("expected.object", "object");
    this.name = name;
    this.type = type;
    this.builder = builder;
    this.build = build;
  }

  /**
   * Starts a shape.
   *
   * @param name the schema's name of the type, e.g. {@code partner}
   * @param type the model type
   * @param builder makes an empty builder
   * @param build builds the value
   * @param <T> the model type
   * @param <B> its builder
   * @return the shape, without properties
   */
  public static <T, B> Shape<T, B> of(
      String name, Class<T> type, Supplier<B> builder, Function<B, T> build) {
    return new Shape<>(name, type, builder, build);
  }

  /**
   * Starts a shape of a type without a builder: its properties are gathered in {@link Parts} and the
   * build function makes the value from them.
   *
   * @param name the schema's name of the type
   * @param type the type
   * @param build makes the value from its properties; may throw {@link PartProblem}
   * @param <T> the type
   * @return the shape, without properties
   */
  public static <T> Shape<T, Parts> parts(String name, Class<T> type, Function<Parts, T> build) {
    return new Shape<>(name, type, Parts::new, build);
  }

  /**
   * The model type.
   *
   * @return its class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The schema's name of the type.
   *
   * @return the name, e.g. {@code partner}
   */
  public String name() {
    return name;
  }

  /**
   * The properties, in the order they are written.
   *
   * @return the fields
   */
  public List<Field<T, B>> fields() {
    return Collections.unmodifiableList(fields);
  }

  /**
   * A property by name.
   *
   * @param property the name
   * @return the field, or {@code null}
   */
  public Field<T, B> field(String property) {
    return byName.get(property);
  }

  private Shape<T, B> add(Field<T, B> field) {
    if (fields.size() == 64) {
      throw new IllegalStateException("a shape has at most 64 properties");
    }
    if (byName.put(field.name, field) != null) {
      throw new IllegalStateException("property " + field.name + " twice in " + name);
    }
    field.index = fields.size();
    fields.add(field);
    StringJoiner names = new StringJoiner(", ");
    fields.stream().map(f -> f.name).sorted().forEach(names::add);
    known = names.toString();
    return this;
  }

  /**
   * A required property.
   *
   * @param property the name
   * @param codec its codec
   * @param get takes it from a value
   * @param set puts it into a builder
   * @param <V> its type
   * @return this shape
   */
  public <V> Shape<T, B> required(
      String property, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(new Single<>(property, true, codec, t -> Optional.of(get.apply(t)), set));
  }

  /**
   * An optional property, left out when empty.
   *
   * @param property the name
   * @param codec its codec
   * @param get takes it from a value
   * @param set puts it into a builder
   * @param <V> its type
   * @return this shape
   */
  public <V> Shape<T, B> optional(
      String property, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return add(new Single<>(property, false, codec, get, set));
  }

  /**
   * A required number.
   *
   * @param property the name
   * @param codec its codec
   * @param get takes it from a value
   * @param set puts it into a builder
   * @return this shape
   */
  public Shape<T, B> requiredNumber(
      String property, Codec<Double> codec, ToDoubleFunction<T> get, ObjDoubleConsumer<B> set) {
    return add(
        new Single<>(property, true, codec, t -> Optional.of(get.applyAsDouble(t)), set::accept));
  }

  /**
   * An optional number, left out when empty.
   *
   * @param property the name
   * @param codec its codec
   * @param get takes it from a value
   * @param set puts it into a builder
   * @return this shape
   */
  public Shape<T, B> optionalNumber(
      String property,
      Codec<Double> codec,
      Function<T, OptionalDouble> get,
      ObjDoubleConsumer<B> set) {
    return add(
        new Single<>(
            property,
            false,
            codec,
            t -> {
              OptionalDouble d = get.apply(t);
              return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
            },
            set::accept));
  }

  /**
   * An optional integer, left out when empty.
   *
   * @param property the name
   * @param codec its codec
   * @param get takes it from a value
   * @param set puts it into a builder
   * @return this shape
   */
  public Shape<T, B> optionalInteger(
      String property, Codec<Integer> codec, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    return add(
        new Single<>(
            property,
            false,
            codec,
            t -> {
              OptionalInt i = get.apply(t);
              return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
            },
            set::accept));
  }

  /**
   * A boolean that is false unless given, and written only when true.
   *
   * @param property the name
   * @param get takes it from a value
   * @param set puts it into a builder
   * @return this shape
   */
  public Shape<T, B> flag(String property, Predicate<T> get, BiConsumer<B, Boolean> set) {
    return add(
        new Single<>(
            property,
            false,
            Codecs.BOOLEAN,
            t -> get.test(t) ? Optional.of(Boolean.TRUE) : Optional.empty(),
            set));
  }

  /**
   * A required boolean, always written.
   *
   * @param property the name
   * @param get takes it from a value
   * @param set puts it into a builder
   * @return this shape
   */
  public Shape<T, B> requiredFlag(String property, Predicate<T> get, BiConsumer<B, Boolean> set) {
    return add(new Single<>(property, true, Codecs.BOOLEAN, t -> Optional.of(get.test(t)), set));
  }

  /**
   * An array, left out when empty.
   *
   * @param property the name
   * @param element the elements' codec
   * @param get takes it from a value
   * @param set puts it into a builder
   * @param <V> the elements' type
   * @return this shape
   */
  public <V> Shape<T, B> list(
      String property,
      Codec<V> element,
      Function<T, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> set) {
    return add(new Many<>(property, Codecs.list(element, false), get, set));
  }

  /**
   * An array whose elements are unique, left out when empty.
   *
   * @param property the name
   * @param element the elements' codec
   * @param get takes it from a value
   * @param set puts it into a builder
   * @param <V> the elements' type
   * @return this shape
   */
  public <V> Shape<T, B> set(
      String property,
      Codec<V> element,
      Function<T, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> set) {
    return add(new Many<>(property, Codecs.list(element, true), get, set));
  }

  /**
   * An object of texts keyed by a key type, left out when empty.
   *
   * @param property the name
   * @param codec the map's codec
   * @param get takes it from a value
   * @param set puts it into a builder
   * @param <K> the key type
   * @param <V> the value type
   * @return this shape
   */
  public <K, V> Shape<T, B> map(
      String property,
      Codecs.MapCodec<K, V> codec,
      Function<T, Map<K, V>> get,
      BiConsumer<B, Map<K, V>> set) {
    return add(
        new Single<Map<K, V>, T, B>(
            property, false, codec, t -> Optional.of(get.apply(t)).filter(m -> !m.isEmpty()), set));
  }

  /**
   * A required array, always written, empty ones too; only for shapes of {@link Parts}.
   *
   * @param property the name
   * @param element the elements' codec
   * @param get takes it from a value
   * @param <V> the elements' type
   * @return this shape
   */
  public <V> Shape<T, B> requiredList(
      String property, Codec<V> element, Function<T, ? extends Collection<V>> get) {
    Codecs.ListCodec<V> codec = Codecs.list(element, false);
    return add(
        new Single<List<V>, T, B>(
            property,
            true,
            codec,
            t -> Optional.of(List.copyOf(get.apply(t))),
            (b, v) -> ((Parts) b).put(property, v)));
  }

  /**
   * A property of a shape of {@link Parts}, required or optional.
   *
   * @param property the name
   * @param required whether it is required
   * @param codec its codec
   * @param get takes it from a value, empty when it is left out
   * @param <V> its type
   * @return this shape
   */
  public <V> Shape<T, B> part(
      String property, boolean required, Codec<V> codec, Function<T, Optional<V>> get) {
    return add(
        new Single<>(property, required, codec, get, (b, v) -> ((Parts) b).put(property, v)));
  }

  // ------------------------------------------------------------------------------------------
  // reading and writing

  @Override
  public T read(DocumentReader r) throws IOException {
    if (r.current() != Token.START_OBJECT) {
      r.typeProblem(this);
      return null;
    }
    return readMembers(r, null);
  }

  /**
   * Reads the properties of the current object; {@code extra} reads those the shape does not have
   * (such as the root's {@code schemaVersion}) and says whether it took them.
   */
  T readMembers(DocumentReader r, Extra extra) throws IOException {
    DocumentReader.Frame frame = r.openObject();
    try {
      B b = builder.get();
      boolean ok = true;
      int before = r.problemCount();
      Token token;
      while ((token = r.next()) == Token.NAME) {
        JsonInput in = r.input();
        String property = in.name();
        int nameLine = in.line();
        int nameColumn = in.column();
        r.next();
        Field<T, B> field = byName.get(property);
        if (field == null) {
          if (extra == null || !extra.read(r, property, nameLine, nameColumn)) {
            r.unknown(property, known, nameLine, nameColumn);
            ok &= r.problemCount() == before;
          }
          continue;
        }
        long bit = 1L << field.index;
        if ((frame.seen & bit) != 0) {
          r.problem(
              r.pointerBelow(property),
              nameLine,
              nameColumn,
              "problem.duplicate",
              property,
              frame.lines[field.index]);
          r.skip();
          ok = false;
          continue;
        }
        frame.seen |= bit;
        frame.lines[field.index] = in.line();
        frame.columns[field.index] = in.column();
        if (b instanceof Parts) {
          ((Parts) b).locate(property, in.line(), in.column());
        }
        r.enter(property);
        if (r.current() == Token.NULL) {
          r.problemHere("problem.null");
          ok = false;
        } else {
          ok &= field.read(r, b);
        }
        r.leave();
      }
      if (token != Token.END_OBJECT) {
        // The input guarantees an object's end here; anything else is a broken input.
        throw new IllegalStateException("unexpected " + token);
      }
      for (Field<T, B> field : fields) {
        if (field.required && (frame.seen & (1L << field.index)) == 0) {
          r.problem(
              r.pointerBelow(field.name), frame.line, frame.column, "problem.missing", field.name);
          ok = false;
        }
      }
      if (extra != null) {
        ok &= extra.end(r, frame.line, frame.column);
      }
      if (!ok || r.problemCount() > before) {
        return null;
      }
      try {
        return build.apply(b);
      } catch (InvalidModelException e) {
        r.invalid(e, this, frame);
        return null;
      } catch (PartProblem e) {
        r.partProblem(e, this, frame);
        return null;
      } catch (IllegalArgumentException e) {
        // A record of the report that refuses its parts, in its own words.
        r.problem(r.pointer(), frame.line, frame.column, "problem.model.other", e.getMessage());
        return null;
      }
    } finally {
      r.closeObject();
    }
  }

  @Override
  public void write(JsonOutput out, T value) throws IOException {
    out.startObject();
    writeMembers(out, value);
    out.endObject();
  }

  /** Writes the properties of a value, without the braces. */
  void writeMembers(JsonOutput out, T value) throws IOException {
    for (Field<T, B> field : fields) {
      field.write(out, value);
    }
  }

  /** Properties that a shape does not have but its document does, such as {@code schemaVersion}. */
  interface Extra {
    /** Reads one if it is one; the current token is its value. */
    boolean read(DocumentReader r, String property, int line, int column) throws IOException;

    /** Checks, at the end of the object, that the required ones were there. */
    boolean end(DocumentReader r, int line, int column);
  }

  // ------------------------------------------------------------------------------------------
  // fields

  /**
   * One property of a shape.
   *
   * @param <T> the model type
   * @param <B> its builder
   */
  public abstract static class Field<T, B> {
    private final String name;
    private final boolean required;
    private int index;

    Field(String name, boolean required) {
      this.name = name;
      this.required = required;
    }

    /**
     * The property name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Whether the property is required.
     *
     * @return {@code true} if it is
     */
    public boolean required() {
      return required;
    }

    /**
     * The codec of the property's value.
     *
     * @return the codec
     */
    public abstract Codec<?> codec();

    int index() {
      return index;
    }

    abstract boolean read(DocumentReader r, B builder) throws IOException;

    abstract void write(JsonOutput out, T value) throws IOException;
  }

  private static final class Single<V, T, B> extends Field<T, B> {
    private final Codec<V> codec;
    private final Function<T, Optional<V>> get;
    private final BiConsumer<B, V> set;

    Single(
        String name,
        boolean required,
        Codec<V> codec,
        Function<T, Optional<V>> get,
        BiConsumer<B, V> set) {
      super(name, required);
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    @Override
    public Codec<?> codec() {
      return codec;
    }

    @Override
    boolean read(DocumentReader r, B builder) throws IOException {
      V value = codec.read(r);
      if (value == null) {
        return false;
      }
      set.accept(builder, value);
      return true;
    }

    @Override
    void write(JsonOutput out, T value) throws IOException {
      Optional<V> v = get.apply(value);
      if (v.isPresent()) {
        out.name(name());
        codec.write(out, v.get());
      }
    }
  }

  private static final class Many<V, T, B> extends Field<T, B> {
    private final Codecs.ListCodec<V> codec;
    private final Function<T, ? extends Collection<V>> get;
    private final BiConsumer<B, List<V>> set;

    Many(
        String name,
        Codecs.ListCodec<V> codec,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set) {
      super(name, false);
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    @Override
    public Codec<?> codec() {
      return codec;
    }

    @Override
    boolean read(DocumentReader r, B builder) throws IOException {
      List<V> values = codec.read(r);
      if (values == null) {
        return false;
      }
      set.accept(builder, values);
      return true;
    }

    @Override
    void write(JsonOutput out, T value) throws IOException {
      Collection<V> values = get.apply(value);
      if (!values.isEmpty()) {
        out.name(name());
        codec.writeAll(out, values);
      }
    }
  }

  /** Keeps insertion order for the map codec's results. */
  static <K, V> Map<K, V> orderedMap() {
    return new LinkedHashMap<>();
  }
}
