package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.format.internal.Codec;
import io.github.collectiveimpact.json.format.internal.Codecs;
import io.github.collectiveimpact.json.format.internal.InitiativeFormat;
import io.github.collectiveimpact.json.format.internal.Root;
import io.github.collectiveimpact.json.format.internal.Shape;
import io.github.collectiveimpact.model.ActivityKind;
import io.github.collectiveimpact.model.Aggregation;
import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneType;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.ChannelKind;
import io.github.collectiveimpact.model.Condition;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.SectorFamily;
import io.github.collectiveimpact.model.SystemsChangeKind;
import io.github.collectiveimpact.model.Unit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Binds the model to the JSON format of this library in a Jackson 3 mapper of the caller's: {@code
 * JsonMapper.builder().addModule(new CollectiveImpactJacksonModule()).build()}.
 *
 * <p>Every model type of the initiative, {@link Cadence}, {@link DisaggregationDimension} and the
 * model's enums are written and read by the same format definition as {@link CollectiveImpactJson} and
 * the Jackson 2 binding use; an initiative is written with its {@code schemaVersion} first, and read only
 * with a {@code schemaVersion} of a supported major version.
 *
 * <p>The format does not depend on the mapper's settings: property names, their order, dates, enums and
 * the leaving out of empty values stay the format's under any naming strategy, property sorting,
 * {@code WRITE_DATES_AS_TIMESTAMPS} or inclusion, and unknown properties of the format's objects are
 * refused even when the mapper allows them (Jackson 3 does by default). What the mapper decides is the
 * layout (indentation), its stream limits and whether content after a value is allowed. Validation
 * reports are not bound by this module yet; read and write them with the Jackson 2 binding.
 *
 * <p>The module holds no state; one instance may be registered in any number of mappers.
 */
public final class CollectiveImpactJacksonModule extends JacksonModule {
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          Aggregation.class,
          ActivityKind.class,
          Audience.class,
          BackboneFunction.class,
          BackboneType.class,
          ChannelKind.class,
          Condition.class,
          Direction.class,
          IndicatorLevel.class,
          MeetingKind.class,
          PartnerRole.class,
          Sector.class,
          SectorFamily.class,
          SystemsChangeKind.class,
          Unit.class);

  private final Locale locale;

  /** Creates the module, whose problems' messages are in English. */
  public CollectiveImpactJacksonModule() {
    this(Locale.ENGLISH);
  }

  /**
   * Creates the module with the language of its problems' messages.
   *
   * @param locale Japanese for a locale whose language is {@code ja}, English for any other
   */
  public CollectiveImpactJacksonModule(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * The module's name.
   *
   * @return {@code "collective-impact"}
   */
  @Override
  public String getModuleName() {
    return "collective-impact";
  }

  /**
   * The module's version; unknown, as the library does not stamp it into its classes.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Registers the serializers and deserializers of the model's types.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<? extends Enum<?>> type : ENUMS) {
      addEnum(serializers, deserializers, type);
    }
    add(serializers, deserializers, Cadence.class, Codecs.CADENCE, null);
    add(serializers, deserializers, DisaggregationDimension.class, Codecs.DIMENSION, null);
    for (Shape<?, ?> shape : InitiativeFormat.shapes()) {
      add(serializers, deserializers, shape);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private <T> void add(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Shape<T, ?> shape) {
    Root<T> root = shape == InitiativeFormat.INITIATIVE ? cast(InitiativeFormat.DOCUMENT) : null;
    add(serializers, deserializers, shape.type(), shape, root);
  }

  @SuppressWarnings("unchecked")
  private static <T> Root<T> cast(Root<?> root) {
    return (Root<T>) root;
  }

  private <T> void add(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      Class<T> type,
      Codec<T> codec,
      Root<T> root) {
    serializers.addSerializer(type, new FormatBinding.Writer<>(type, codec, root));
    deserializers.addDeserializer(type, new FormatBinding.Reader<>(type, codec, root, locale));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void addEnum(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      Class<? extends Enum<?>> type) {
    Class raw = type;
    add(serializers, deserializers, raw, Codecs.enumOf(raw), null);
  }
}
