package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.json.format.FormatProblem;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.Initiative;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shipped schema and the reader agree on valid documents with one edit at a random place: the schema
 * accepts exactly what the reader reads, apart from what the schema says it leaves to a reader: the
 * model's rules across properties (dates in order, values that fit their indicator's unit) and numbers
 * that a double does not hold as written.
 * And what the reader reads, it writes back as a document the schema accepts and that reads back equal.
 */
class SchemaAgreementProperties {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The schema, with {@code format: date} asserted, as the schema's description says it is meant. */
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(CollectiveImpactJson.initiativeSchema());

  /**
   * The problems the schema says it leaves to a reader: rules across properties, and numbers that a
   * double does not hold as written (JSON Schema compares numbers by value, so it cannot tell 1e-400
   * or -0 from 0).
   */
  private static final Set<String> LEFT_TO_THE_READER =
      Set.of(
          "problem.model.after",
          "problem.model.unit",
          "problem.number.small",
          "problem.number.negativeZero");

  private static final List<String> STRINGS = List.of("", " ", "\u001c", "\u00a0x", "\u3000");
  private static final List<String> NUMBERS =
      List.of("-0.0", "-0", "1e-400", "-1e-400", "1e400", "1.5", "-1");
  private static final List<String> DATES =
      List.of("2021-02-30", "+10000-01-01", "-0001-01-01", "2020-1-1", "0000-01-01");
  private static final List<String> CADENCES = List.of("P2W", "P0D", "P1Y0M");
  private static final List<String> PERIODS = List.of("P2W", "P1Y0M", "P0D", "P18M");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Stands for a number written as given, which a tree of parsed values cannot hold. */
  private static final String RAW = "\u0000raw:";

  /** The kinds of edit. */
  enum Edit {
    STRING,
    NUMBER,
    DATE,
    CADENCE,
    PERIOD,
    DUPLICATE_ELEMENT,
    DROP_PROPERTY,
    ADD_UNKNOWN,
    ENUM_UPPER_CASE
  }

  private static final List<String> EXAMPLES =
      List.of(
          Documents.ROAD_MAP,
          resource("v1_0/road-map-project.json"),
          resource("v1_0/strivepartnership.json"),
          resource("v1_0/emerging-coalition.json"),
          resource("v1_0/promise-neighborhood-member.json"));

  private static String resource(String name) {
    try (InputStream in = SchemaAgreementProperties.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> editedDocuments() {
    Arbitrary<String> valid =
        Arbitraries.oneOf(Initiatives.any().map(JSON::writeInitiative), Arbitraries.of(EXAMPLES));
    return Combinators.combine(valid, Arbitraries.of(Edit.class), Arbitraries.longs())
        .as(SchemaAgreementProperties::edit);
  }

  @Property(tries = 300)
  void theSchemaAcceptsWhatTheReaderReadsAndItWritesBackLosslessly(
      @ForAll("editedDocuments") String document) throws IOException {
    boolean schema = SCHEMA.validate(document, InputFormat.JSON).isEmpty();
    Initiative read;
    try {
      read = JSON.readInitiative(document);
    } catch (InitiativeFormatException e) {
      if (schema) {
        Set<String> codes =
            e.problems().stream().map(FormatProblem::code).collect(Collectors.toSet());
        assertTrue(
            LEFT_TO_THE_READER.containsAll(codes),
            () ->
                "the schema accepts what the reader refuses: " + e.getMessage() + "\n" + document);
      }
      return;
    }
    assertTrue(
        schema,
        () ->
            "the reader reads what the schema refuses: "
                + SCHEMA.validate(document, InputFormat.JSON)
                + "\n"
                + document);
    String written = JSON.writeInitiative(read);
    assertEquals(List.of(), SCHEMA.validate(written, InputFormat.JSON), written);
    assertEquals(read, JSON.readInitiative(written));
  }

  // ------------------------------------------------------------------------------------------
  // edits

  /** The document with one edit of a kind at a place chosen by the seed, or as it was if none fits. */
  static String edit(String document, Edit edit, long seed) {
    JsonNode root;
    try {
      root = MAPPER.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Random random = new Random(seed);
    List<Place> places = new ArrayList<>();
    collect(root, null, null, -1, places);
    List<Place> fitting = new ArrayList<>();
    for (Place place : places) {
      if (fits(edit, place)) {
        fitting.add(place);
      }
    }
    if (fitting.isEmpty()) {
      return document;
    }
    Place place = fitting.get(random.nextInt(fitting.size()));
    switch (edit) {
      case STRING:
        place.replace(TextNode.valueOf(pick(STRINGS, random)));
        break;
      case NUMBER:
        place.replace(TextNode.valueOf(RAW + pick(NUMBERS, random)));
        break;
      case DATE:
        place.replace(TextNode.valueOf(pick(DATES, random)));
        break;
      case CADENCE:
        place.replace(TextNode.valueOf(pick(CADENCES, random)));
        break;
      case PERIOD:
        ((ObjectNode) place.node).put("publicationLag", pick(PERIODS, random));
        break;
      case DUPLICATE_ELEMENT:
        {
          ArrayNode array = (ArrayNode) place.node;
          array.add(array.get(random.nextInt(array.size())).deepCopy());
          break;
        }
      case DROP_PROPERTY:
        {
          ObjectNode object = (ObjectNode) place.node;
          List<String> names = new ArrayList<>();
          object.fieldNames().forEachRemaining(names::add);
          object.remove(names.get(random.nextInt(names.size())));
          break;
        }
      case ADD_UNKNOWN:
        ((ObjectNode) place.node).put("unknownProperty", "x");
        break;
      default:
        place.replace(TextNode.valueOf(place.node.asText().toUpperCase(Locale.ROOT)));
    }
    String text;
    try {
      text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int raw = text.indexOf("\"\\u0000raw:");
    if (raw >= 0) {
      int end = text.indexOf('"', raw + 1);
      text =
          text.substring(0, raw)
              + text.substring(raw + "\"\\u0000raw:".length(), end)
              + text.substring(end + 1);
    }
    return text;
  }

  private static boolean fits(Edit edit, Place place) {
    JsonNode node = place.node;
    switch (edit) {
      case STRING:
        return node.isTextual();
      case NUMBER:
        return node.isNumber();
      case DATE:
        return node.isTextual() && DATE.matcher(node.asText()).matches();
      case CADENCE:
        return node.isTextual()
            && ("cadence".equals(place.name) || "reportingFrequency".equals(place.name));
      case PERIOD:
        // An indicator: an object with a desiredDirection.
        return node.isObject() && node.has("desiredDirection");
      case DUPLICATE_ELEMENT:
        return node.isArray() && node.size() > 0;
      case DROP_PROPERTY:
      case ADD_UNKNOWN:
        return node.isObject() && node.size() > 0;
      default:
        return node.isTextual() && node.asText().matches("[a-z][a-z0-9_]*");
    }
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static void collect(
      JsonNode node, JsonNode parent, String name, int index, List<Place> places) {
    places.add(new Place(node, parent, name, index));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), node, field.getKey(), -1, places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, places);
      }
    }
  }

  /** A value in a document and where it is. */
  private static final class Place {
    final JsonNode node;
    final JsonNode parent;
    final String name;
    final int index;

    Place(JsonNode node, JsonNode parent, String name, int index) {
      this.node = node;
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    void replace(JsonNode value) {
      if (parent instanceof ObjectNode) {
        ((ObjectNode) parent).set(name, value);
      } else if (parent instanceof ArrayNode) {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }
}
