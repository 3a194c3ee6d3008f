package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.assessment.AssessedCondition;
import io.github.collectiveimpact.assessment.Confidence;
import io.github.collectiveimpact.assessment.Gateway;
import io.github.collectiveimpact.assessment.Lens;
import io.github.collectiveimpact.assessment.Phase;
import io.github.collectiveimpact.assessment.Rating;
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
import io.github.collectiveimpact.results.GapChange;
import io.github.collectiveimpact.results.Movement;
import io.github.collectiveimpact.results.TargetStatus;
import io.github.collectiveimpact.results.Trend;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.List;

/**
 * Every Java type a binding's module binds in a caller's mapper, with the codec that reads and writes it:
 * the model's and the report's enums, {@link Cadence}, {@link DisaggregationDimension}, every type of the
 * initiative document and the validation report. Each binding registers the same list, so that both bind
 * the same types the same way.
 */
public final class BoundTypes {
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
          Unit.class,
          Category.class,
          Severity.class,
          Movement.class,
          Trend.class,
          TargetStatus.class,
          GapChange.class,
          Lens.class,
          AssessedCondition.class,
          Rating.class,
          Confidence.class,
          Phase.class,
          Gateway.class);

  private BoundTypes() {}

  /** What a binding does with each type: registers its serializer and deserializer. */
  public interface Registrar {
    /**
     * Binds one type.
     *
     * @param type the Java type
     * @param codec how its values are read and written
     * @param root the document it is the root of, with its {@code schemaVersion}, or {@code null} for a
     *     type that is only ever a value inside a document
     * @param <T> the type
     */
    <T> void add(Class<T> type, Codec<T> codec, Root<T> root);
  }

  /**
   * Gives every bound type to a binding.
   *
   * @param registrar the binding's registration
   */
  public static void register(Registrar registrar) {
    for (Class<? extends Enum<?>> type : ENUMS) {
      addEnum(registrar, type);
    }
    registrar.add(ValidationReport.class, ReportFormat.REPORT, ReportFormat.DOCUMENT);
    registrar.add(Cadence.class, Codecs.CADENCE, null);
    registrar.add(DisaggregationDimension.class, Codecs.DIMENSION, null);
    for (Shape<?, ?> shape : InitiativeFormat.shapes()) {
      add(registrar, shape);
    }
  }

  private static <T> void add(Registrar registrar, Shape<T, ?> shape) {
    Root<T> root = shape == InitiativeFormat.INITIATIVE ? cast(InitiativeFormat.DOCUMENT) : null;
    registrar.add(shape.type(), shape, root);
  }

  @SuppressWarnings("unchecked")
  private static <T> Root<T> cast(Root<?> root) {
    return (Root<T>) root;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addEnum(Registrar registrar, Class<? extends Enum<?>> type) {
    Class raw = type;
    registrar.add(raw, Codecs.enumOf(raw), null);
  }
}
