package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.NullValueProvider;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.introspect.VirtualAnnotatedMember;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import io.github.collectiveimpact.model.Initiative;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code schemaVersion} property of the documents: written first, required when reading, and only a
 * version of the supported major version is accepted.
 *
 * <p>The model has no such attribute, so the initiative's property is virtual: {@link Writer} writes it,
 * {@link Property} reads and checks it (and sets nothing on the builder), and {@link Presence} fails when
 * an initiative object has none.
 */
final class SchemaVersion {
  /** The property's name. */
  static final String PROPERTY = "schemaVersion";

  /** The version of the initiative document this library writes. */
  static final String CURRENT = "1.1";

  /**
   * The version of the report document this library writes: 1.1 added the {@code results} section; a
   * reader reads every 1.x report, with or without it.
   */
  static final String REPORT_CURRENT = "1.1";

  /** The major version this library reads; minor versions are backward compatible. */
  static final int MAJOR = 1;

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /** The key under which the property records that it was read, per deserialization. */
  private static final Object SEEN = new Object();

  private SchemaVersion() {}

  /**
   * Checks a version read from a document.
   *
   * @return {@code null} if it is supported, otherwise what is wrong with it
   */
  static String problem(String version) {
    Matcher m = FORM.matcher(version);
    if (!m.matches()) {
      return "is not a schema version of the form major.minor such as \"" + CURRENT + "\"";
    }
    if (Integer.parseInt(m.group(1)) != MAJOR) {
      return "is not a supported schema version; this reader supports " + MAJOR + ".x";
    }
    return null;
  }

  /** Reads the current token as a schema version and checks it. */
  static String read(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    String version =
        ValueCodecs.readString(
            p, ctxt, type, "the schema version as a string such as \"" + CURRENT + "\"");
    String problem = problem(version);
    if (problem != null) {
      throw ValueCodecs.invalid(p, version, type, problem);
    }
    return version;
  }

  /** Writes the schema version as the first property of an initiative. */
  static final class Writer extends VirtualBeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    /** For Jackson, which calls {@link #withConfig} on this prototype. */
    Writer() {}

    private Writer(BeanPropertyDefinition definition, Annotations annotations, JavaType type) {
      super(definition, annotations, type);
    }

    @Override
    protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
      return CURRENT;
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(
        MapperConfig<?> config,
        AnnotatedClass declaringClass,
        BeanPropertyDefinition definition,
        JavaType type) {
      return new Writer(definition, declaringClass.getAnnotations(), type);
    }
  }

  /** Reads the schema version of an initiative; it sets nothing on the builder. */
  static final class Property extends SettableBeanProperty {
    private static final long serialVersionUID = 1L;

    private final transient AnnotatedMember member;

    Property(AnnotatedClass builder, JavaType stringType) {
      super(PropertyName.construct(PROPERTY), stringType, PropertyMetadata.STD_REQUIRED, null);
      this.member = new VirtualAnnotatedMember(builder, builder.getRawType(), PROPERTY, stringType);
    }

    @Override
    public SettableBeanProperty withValueDeserializer(JsonDeserializer<?> deserializer) {
      return this;
    }

    @Override
    public SettableBeanProperty withName(PropertyName name) {
      return this;
    }

    @Override
    public SettableBeanProperty withNullProvider(NullValueProvider provider) {
      return this;
    }

    @Override
    public AnnotatedMember getMember() {
      return member;
    }

    @Override
    public <A extends Annotation> A getAnnotation(Class<A> annotation) {
      return null;
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object builder)
        throws IOException {
      read(p, ctxt, Initiative.class);
      ctxt.setAttribute(SEEN, true);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object builder)
        throws IOException {
      deserializeAndSet(p, ctxt, builder);
      return builder;
    }

    @Override
    public void set(Object builder, Object value) {
      // The version is checked, not kept: the model has no such attribute.
    }

    @Override
    public Object setAndReturn(Object builder, Object value) {
      return builder;
    }
  }

  /** Reads an initiative with the builder's deserializer and fails if it had no schema version. */
  static final class Presence extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Presence(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Presence(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object outer = ctxt.getAttribute(SEEN);
      ctxt.setAttribute(SEEN, null);
      JsonLocation start = p.currentTokenLocation();
      try {
        Object initiative = _delegatee.deserialize(p, ctxt);
        if (ctxt.getAttribute(SEEN) == null) {
          LocatedProblem error =
              new LocatedProblem(p, "missing required property \"" + PROPERTY + "\"", start);
          error.prependPath(Initiative.class, PROPERTY);
          throw error;
        }
        return initiative;
      } finally {
        ctxt.setAttribute(SEEN, outer);
      }
    }
  }

  /** Adds {@link Property} to the initiative builder's deserializer and wraps it in {@link Presence}. */
  static final class Modifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    private static boolean isInitiative(BeanDescription description) {
      return description.getBeanClass() == ModelMixIns.InitiativeReader.class;
    }

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config,
        BeanDescription description,
        BeanDeserializerBuilder builder) {
      if (isInitiative(description)) {
        builder.addOrReplaceProperty(
            new Property(
                description.getClassInfo(), config.getTypeFactory().constructType(String.class)),
            true);
      }
      return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      return isInitiative(description) ? new Presence(deserializer) : deserializer;
    }
  }
}
