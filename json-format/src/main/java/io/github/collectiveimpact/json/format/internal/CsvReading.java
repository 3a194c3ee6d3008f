package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.json.format.CsvProblem;
import io.github.collectiveimpact.json.format.CsvReadResult;
import io.github.collectiveimpact.json.format.ObservationsFormatException;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.InvalidModelException;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One read of a CSV file: the header, then each row, streamed from a binding's CSV parser one field at a
 * time, so that only the observations built are kept, not the text. The parser gives each row as an
 * array of strings ({@link Token#START_ARRAY}, {@link Token#STRING}..., {@link Token#END_ARRAY}), the
 * whole file as an array of rows.
 *
 * <p>Repeated values (ids, groups, dates, periods, disaggregations) are shared between the observations of
 * one read, up to {@value #CACHE_LIMIT} distinct values of each kind, which keeps the model read from a
 * file of many rows small.
 */
public final class CsvReading {
  /** The most distinct values of each kind shared between a read's observations. */
  static final int CACHE_LIMIT = 4096;

  private static final Column[] COLUMNS = Column.values();

  private final CsvMessages messages;
  private final int maxRows;
  private final int maxFieldLength;
  private final int maxProblems;
  private final boolean lenient;

  private final List<CsvProblem> problems = new ArrayList<>();
  private final List<CsvProblem> rowProblems = new ArrayList<>();
  private boolean truncated;
  private boolean fatal;
  private int skippedRows;
  private int rows;

  /** The column of each field of the header, or null for a field a lenient reader ignores. */
  private Column[] columnAt = new Column[0];

  /** The header's name of each field. */
  private String[] headerAt = new String[0];

  /** The field of each column, or -1 when the header does not have it. */
  private final int[] fieldOf = new int[COLUMNS.length];

  private String[] values = new String[0];
  private int[] lines = new int[0];

  /** The line where the current record (or, before one, the parser) is. */
  private int recordLine = 1;

  /** The 1-based field the parser is reading. */
  private int field = 1;

  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<LocalDate, Map<LocalDate, ReportingPeriod>> periods = new HashMap<>();
  private final Map<String, DisaggregationDimension> dimensions = new HashMap<>();
  private final Map<DisaggregationDimension, Map<String, Disaggregation>> disaggregations =
      new HashMap<>();

  /** Reading stops: a fatal problem, or the limit of problems. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Creates a read.
   *
   * @param locale the language of the messages
   * @param maxRows the most rows of observations
   * @param maxFieldLength the longest field, in characters
   * @param maxProblems the most problems listed
   * @param lenient whether unknown columns and bad rows are skipped
   */
  public CsvReading(
      Locale locale, int maxRows, int maxFieldLength, int maxProblems, boolean lenient) {
    this.messages = CsvMessages.forLocale(locale);
    this.maxRows = maxRows;
    this.maxFieldLength = maxFieldLength;
    this.maxProblems = maxProblems;
    this.lenient = lenient;
    Arrays.fill(fieldOf, -1);
  }

  /**
   * Reads every row; the input is closed.
   *
   * @param opener opens the binding's CSV parser, rows as arrays
   * @return the observations and what a lenient reader left out
   * @throws ObservationsFormatException if the text has problems (for a lenient reader, only those it
   *     cannot skip)
   * @throws IOException if reading fails
   */
  public CsvReadResult read(Reading.Opener opener) throws IOException {
    List<Observation> observations = new ArrayList<>();
    try {
      JsonInput p = open(opener);
      try (p) {
        readAll(p, observations);
      } catch (JsonInput.Failure e) {
        failed(e);
      } catch (CharacterCodingException e) {
        fatal(CsvProblem.Kind.NOT_UTF8, Math.max(1, p.line()), -1);
      }
    } catch (Stop stop) {
      // The problems say why.
    }
    if (fatal || (!lenient && !problems.isEmpty())) {
      throw exception();
    }
    return new CsvReadResult(observations, problems, skippedRows);
  }

  /** Opens the parser; a failure to, as any other, is a problem of the text. */
  private JsonInput open(Reading.Opener opener) throws IOException, Stop {
    try {
      return opener.open();
    } catch (JsonInput.Failure e) {
      failed(e);
      throw new Stop();
    }
  }

  /** What a failure of the parser is, in the terms of a CSV file. */
  private static CsvProblem.Kind failure(JsonInput.Failure e) {
    switch (e.kind()) {
      case STRING_LIMIT:
      case NAME_LIMIT:
      case NUMBER_LIMIT:
      case DOCUMENT_LIMIT:
        return CsvProblem.Kind.FIELD_TOO_LONG;
      case END_OF_INPUT:
        // A quoted field that runs to the end of the file.
        return CsvProblem.Kind.UNCLOSED_QUOTE;
      case ENCODING:
        return CsvProblem.Kind.NOT_UTF8;
      default:
        return CsvProblem.Kind.MALFORMED;
    }
  }

  /** Records a failure of the parser, where it happened, and stops. */
  private void failed(JsonInput.Failure e) throws Stop {
    CsvProblem.Kind kind = failure(e);
    int line = Math.max(1, e.line());
    switch (kind) {
      case FIELD_TOO_LONG:
        fatal(kind, recordLine, field, String.valueOf(maxFieldLength));
        break;
      case UNCLOSED_QUOTE:
        fatal(kind, recordLine, field);
        break;
      case NOT_UTF8:
        fatal(kind, line, -1);
        break;
      default:
        fatal(kind, line, field);
    }
  }

  private void readAll(JsonInput p, List<Observation> observations) throws IOException, Stop {
    Token document = p.next();
    Token firstRow = document == Token.START_ARRAY ? p.next() : null;
    if (firstRow != Token.START_ARRAY) {
      fatal(CsvProblem.Kind.EMPTY_FILE, 1, -1, requiredNames());
    }
    header(p);
    Token t;
    while ((t = p.next()) == Token.START_ARRAY) {
      Observation o = row(p);
      if (o != null) {
        observations.add(o);
      }
    }
    if (t != Token.END_ARRAY) {
      fatal(CsvProblem.Kind.MALFORMED, Math.max(1, p.line()), -1);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the header

  private void header(JsonInput p) throws IOException, Stop {
    List<String> names = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    field = 1;
    Token t;
    while ((t = p.next()) == Token.STRING) {
      int line = Math.max(1, p.line());
      String name = p.text();
      checkLength(name, line, names.size() + 1, null);
      if (names.isEmpty() && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      names.add(name);
      at.add(line);
      field = names.size() + 1;
    }
    if (t != Token.END_ARRAY) {
      fatal(CsvProblem.Kind.MALFORMED, Math.max(1, p.line()), -1);
    }
    int width = names.size();
    columnAt = new Column[width];
    headerAt = names.toArray(new String[0]);
    values = new String[width];
    lines = new int[width];
    boolean bad = false;
    for (int i = 0; i < width; i++) {
      String name = names.get(i);
      Column c = Column.named(name).orElse(null);
      if (c == null) {
        problem(
            CsvProblem.Kind.UNKNOWN_COLUMN,
            at.get(i),
            i + 1,
            name,
            CsvMessages.quote(name),
            Column.names());
        bad |= !lenient;
      } else if (fieldOf[c.position()] >= 0) {
        problem(
            CsvProblem.Kind.DUPLICATE_COLUMN,
            at.get(i),
            i + 1,
            name,
            name,
            String.valueOf(fieldOf[c.position()] + 1));
        bad = true;
      } else {
        fieldOf[c.position()] = i;
        columnAt[i] = c;
      }
    }
    for (Column c : COLUMNS) {
      if (c.required() && fieldOf[c.position()] < 0) {
        problem(CsvProblem.Kind.MISSING_COLUMN, 1, -1, c.header(), c.header());
        bad = true;
      }
      if (c.pair().isPresent()
          && fieldOf[c.position()] >= 0
          && fieldOf[c.pair().get().position()] < 0) {
        int i = fieldOf[c.position()];
        problem(
            CsvProblem.Kind.UNPAIRED_COLUMN,
            at.get(i),
            i + 1,
            c.header(),
            c.header(),
            c.pair().get().header());
        bad = true;
      }
    }
    if (bad) {
      fatal = true;
      throw new Stop();
    }
  }

  private static String requiredNames() {
    List<String> names = new ArrayList<>();
    for (Column c : COLUMNS) {
      if (c.required()) {
        names.add(c.header());
      }
    }
    return String.join(", ", names);
  }

  // ---------------------------------------------------------------------------------------------
  // the rows

  /** Reads one row; its observation, or null for a blank row or a row with problems. */
  private Observation row(JsonInput p) throws IOException, Stop {
    int width = columnAt.length;
    int n = 0;
    boolean blank = true;
    field = 1;
    Token t;
    while ((t = p.next()) == Token.STRING) {
      int line = Math.max(1, p.line());
      if (n == 0) {
        recordLine = line;
      }
      String text = p.text();
      checkLength(text, line, n + 1, n < width ? headerAt[n] : null);
      if (!text.isEmpty()) {
        blank = false;
      }
      if (n < width) {
        values[n] = columnAt[n] == null ? null : text;
        lines[n] = line;
      }
      n++;
      field = n + 1;
    }
    if (t != Token.END_ARRAY) {
      fatal(CsvProblem.Kind.MALFORMED, Math.max(1, p.line()), -1);
    }
    if (blank) {
      return null;
    }
    rows++;
    if (rows > maxRows) {
      fatal(CsvProblem.Kind.TOO_MANY_ROWS, recordLine, -1, String.valueOf(maxRows));
    }
    rowProblems.clear();
    Observation observation = null;
    if (n != width) {
      boolean many = n > width;
      rowProblems.add(
          problemOf(
              many ? CsvProblem.Kind.TOO_MANY_FIELDS : CsvProblem.Kind.TOO_FEW_FIELDS,
              recordLine,
              many ? width + 1 : n + 1,
              many ? null : headerAt[n],
              String.valueOf(n),
              String.valueOf(width)));
    } else {
      observation = observation();
    }
    if (!rowProblems.isEmpty()) {
      skippedRows++;
      for (CsvProblem problem : rowProblems) {
        add(problem);
      }
      return null;
    }
    return observation;
  }

  private Observation observation() {
    String indicatorId = required(Column.INDICATOR_ID);
    LocalDate start = date(Column.PERIOD_START);
    LocalDate end = date(Column.PERIOD_END);
    double value = number(Column.VALUE);
    String partnerId = shared(optional(Column.PARTNER_ID));
    String dimension = optional(Column.DIMENSION);
    String group = optional(Column.GROUP);
    String note = optional(Column.NOTE);
    boolean seriesBreak = bool(Column.SERIES_BREAK);

    ReportingPeriod period = null;
    if (start != null && end != null) {
      try {
        period = period(start, end);
      } catch (InvalidModelException e) {
        modelProblem(e, start, end);
      }
    }
    Disaggregation disaggregation = null;
    if (dimension != null && group == null) {
      cellProblem(
          CsvProblem.Kind.DIMENSION_WITHOUT_GROUP, Column.GROUP, CsvMessages.quote(dimension));
    } else if (group != null && dimension == null) {
      cellProblem(
          CsvProblem.Kind.GROUP_WITHOUT_DIMENSION, Column.DIMENSION, CsvMessages.quote(group));
    } else if (dimension != null) {
      try {
        disaggregation = disaggregation(dimension, group);
      } catch (InvalidModelException e) {
        modelProblem(e, start, end);
      }
    }
    if (!rowProblems.isEmpty()) {
      return null;
    }
    try {
      Observation.Builder b =
          Observation.builder()
              .indicatorId(shared(indicatorId))
              .period(period)
              .value(value)
              .seriesBreak(seriesBreak);
      if (partnerId != null) {
        b.partnerId(partnerId);
      }
      if (disaggregation != null) {
        b.disaggregation(disaggregation);
      }
      if (note != null) {
        b.note(note);
      }
      return b.build();
    } catch (InvalidModelException e) {
      modelProblem(e, start, end);
      return null;
    }
  }

  /** A problem the model's own checks found, at the column of the attribute they name. */
  private void modelProblem(InvalidModelException e, LocalDate start, LocalDate end) {
    switch (e.type() + "." + e.attribute()) {
      case "ReportingPeriod.start":
      case "ReportingPeriod.end":
        cellProblem(
            CsvProblem.Kind.PERIOD_ENDS_BEFORE_START,
            Column.PERIOD_END,
            String.valueOf(end),
            String.valueOf(start));
        return;
      case "DisaggregationDimension.key":
        cellProblem(
            CsvProblem.Kind.BAD_DIMENSION,
            Column.DIMENSION,
            CsvMessages.quote(values[fieldOf[Column.DIMENSION.position()]]));
        return;
      case "Disaggregation.group":
        cellProblem(CsvProblem.Kind.BLANK_FIELD, Column.GROUP, Column.GROUP.header());
        return;
      case "Observation.indicatorId":
        cellProblem(CsvProblem.Kind.BLANK_FIELD, Column.INDICATOR_ID, Column.INDICATOR_ID.header());
        return;
      case "Observation.partnerId":
        cellProblem(CsvProblem.Kind.BLANK_FIELD, Column.PARTNER_ID, Column.PARTNER_ID.header());
        return;
      case "Observation.value":
        cellProblem(
            CsvProblem.Kind.NUMBER_OUT_OF_RANGE,
            Column.VALUE,
            CsvMessages.quote(values[fieldOf[Column.VALUE.position()]]));
        return;
      default:
        Column c = Column.named(e.attribute()).filter(k -> fieldOf[k.position()] >= 0).orElse(null);
        if (c != null) {
          cellProblem(
              CsvProblem.Kind.INVALID_VALUE,
              c,
              CsvMessages.quote(values[fieldOf[c.position()]]),
              c.header());
        } else {
          rowProblems.add(
              problemOf(
                  CsvProblem.Kind.INVALID_VALUE,
                  recordLine,
                  -1,
                  null,
                  CsvMessages.quote(e.value()),
                  e.attribute()));
        }
    }
  }

  /** The text of a column present in the header; null when the header does not have it. */
  private String cell(Column c) {
    int i = fieldOf[c.position()];
    return i < 0 ? null : values[i];
  }

  private String required(Column c) {
    String text = cell(c);
    if (text == null || text.isEmpty()) {
      cellProblem(CsvProblem.Kind.EMPTY_FIELD, c, c.header());
      return null;
    }
    return text;
  }

  private String optional(Column c) {
    String text = cell(c);
    return text == null || text.isEmpty() ? null : text;
  }

  private LocalDate date(Column c) {
    String text = required(c);
    if (text == null) {
      return null;
    }
    LocalDate date = dates.get(text);
    if (date != null) {
      return date;
    }
    try {
      date = parseDate(text);
    } catch (DateTimeException e) {
      cellProblem(CsvProblem.Kind.BAD_DATE, c, CsvMessages.quote(text));
      return null;
    }
    if (dates.size() < CACHE_LIMIT) {
      dates.put(text, date);
    }
    return date;
  }

  /**
   * An ISO date: {@code yyyy-mm-dd} directly, any other form (a year beyond 9999, with its sign) through
   * {@link LocalDate#parse}.
   */
  static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private double number(Column c) {
    String text = required(c);
    if (text == null) {
      return 0;
    }
    if (text.indexOf(',') >= 0) {
      cellProblem(CsvProblem.Kind.DECIMAL_COMMA, c, CsvMessages.quote(text));
      return 0;
    }
    if (!isDecimal(text)) {
      cellProblem(CsvProblem.Kind.NOT_A_NUMBER, c, CsvMessages.quote(text));
      return 0;
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      cellProblem(CsvProblem.Kind.NUMBER_OUT_OF_RANGE, c, CsvMessages.quote(text));
      return 0;
    }
    return value;
  }

  /**
   * Whether the text is a decimal number: an optional sign, digits with an optional point (at least one
   * digit), an optional exponent. No spaces, no {@code NaN} or {@code Infinity}, no hexadecimal, no
   * suffix.
   */
  static boolean isDecimal(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean bool(Column c) {
    String text = optional(c);
    if (text == null || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    cellProblem(CsvProblem.Kind.NOT_A_BOOLEAN, c, CsvMessages.quote(text));
    return false;
  }

  private String shared(String text) {
    if (text == null) {
      return null;
    }
    String known = strings.get(text);
    if (known != null) {
      return known;
    }
    if (strings.size() < CACHE_LIMIT) {
      strings.put(text, text);
    }
    return text;
  }

  private ReportingPeriod period(LocalDate start, LocalDate end) {
    Map<LocalDate, ReportingPeriod> ends = periods.get(start);
    ReportingPeriod known = ends == null ? null : ends.get(end);
    if (known != null) {
      return known;
    }
    ReportingPeriod period = ReportingPeriod.of(start, end);
    if (ends == null && periods.size() < CACHE_LIMIT) {
      ends = new HashMap<>();
      periods.put(start, ends);
    }
    if (ends != null && ends.size() < CACHE_LIMIT) {
      ends.put(end, period);
    }
    return period;
  }

  private Disaggregation disaggregation(String key, String group) {
    DisaggregationDimension dimension = dimensions.get(key);
    if (dimension == null) {
      dimension = DisaggregationDimension.of(key);
      if (dimensions.size() < CACHE_LIMIT) {
        dimensions.put(key, dimension);
      }
    }
    Map<String, Disaggregation> groups = disaggregations.get(dimension);
    Disaggregation known = groups == null ? null : groups.get(group);
    if (known != null) {
      return known;
    }
    Disaggregation disaggregation = Disaggregation.of(dimension, group);
    if (groups == null && disaggregations.size() < CACHE_LIMIT) {
      groups = new HashMap<>();
      disaggregations.put(dimension, groups);
    }
    if (groups != null && groups.size() < CACHE_LIMIT) {
      groups.put(group, disaggregation);
    }
    return disaggregation;
  }

  // ---------------------------------------------------------------------------------------------
  // problems

  private void checkLength(String text, int line, int column, String name) throws Stop {
    if (text.length() > maxFieldLength) {
      fatal = true;
      add(
          problemOf(
              CsvProblem.Kind.FIELD_TOO_LONG, line, column, name, String.valueOf(maxFieldLength)));
      throw new Stop();
    }
  }

  /** A problem of the current row at the cell of a column. */
  private void cellProblem(CsvProblem.Kind kind, Column c, String... arguments) {
    int i = fieldOf[c.position()];
    rowProblems.add(problemOf(kind, i < 0 ? recordLine : lines[i], i + 1, c.header(), arguments));
  }

  private CsvProblem problemOf(
      CsvProblem.Kind kind, int line, int column, String columnName, String... arguments) {
    String message = messages.format(kind.name(), arguments);
    String where;
    if (column > 0 && columnName != null) {
      where =
          messages.format(
              "location.field", String.valueOf(line), String.valueOf(column), columnName);
    } else if (column > 0) {
      where = messages.format("location.cell", String.valueOf(line), String.valueOf(column));
    } else {
      where = messages.format("location.line", String.valueOf(line));
    }
    String separator = messages.format("separator");
    return new CsvProblem(kind, line, column, columnName, message, where + separator + message);
  }

  private void problem(
      CsvProblem.Kind kind, int line, int column, String columnName, String... arguments)
      throws Stop {
    add(problemOf(kind, line, column, columnName, arguments));
  }

  /** Adds a problem; at the limit, a strict reader stops and a lenient one stops listing. */
  private void add(CsvProblem problem) throws Stop {
    if (problems.size() >= maxProblems) {
      truncated = true;
      if (!lenient) {
        throw new Stop();
      }
      return;
    }
    problems.add(problem);
  }

  private void fatal(CsvProblem.Kind kind, int line, int column, String... arguments) throws Stop {
    fatal = true;
    String name = column > 0 && column <= headerAt.length ? headerAt[column - 1] : null;
    if (problems.size() >= maxProblems) {
      truncated = true;
    } else {
      problems.add(problemOf(kind, line, column, name, arguments));
    }
    throw new Stop();
  }

  private ObservationsFormatException exception() {
    StringBuilder m = new StringBuilder();
    String count = String.valueOf(problems.size());
    if (truncated) {
      m.append(messages.format("exception.truncated", count));
    } else {
      m.append(messages.format(problems.size() == 1 ? "exception.one" : "exception.many", count));
    }
    for (CsvProblem problem : problems) {
      m.append(System.lineSeparator()).append("  ").append(problem);
    }
    return new ObservationsFormatException(m.toString(), problems, truncated);
  }
}
