package io.github.collectiveimpact.json;

/** The property names of the validation report format, shared by its serializer and deserializer. */
final class ReportFormat {
  static final String SCHEMA_VERSION = SchemaVersion.PROPERTY;
  static final String INITIATIVE_ID = "initiativeId";
  static final String INITIATIVE_NAME = "initiativeName";
  static final String AS_OF = "asOf";
  static final String VALID = "valid";
  static final String SUMMARY = "summary";
  static final String COUNTS_BY_SEVERITY = "countsBySeverity";
  static final String COUNTS_BY_CATEGORY = "countsByCategory";
  static final String CATEGORIES = "categories";
  static final String CATEGORY = "category";
  static final String PASSED_RULE_IDS = "passedRuleIds";
  static final String FAILED_RULE_IDS = "failedRuleIds";
  static final String FINDINGS = "findings";
  static final String RULE_ID = "ruleId";
  static final String CONDITION = "condition";
  static final String SEVERITY = "severity";
  static final String PATH = "path";
  static final String PATHS = "paths";
  static final String MESSAGE = "message";
  static final String ARGUMENTS = "arguments";
  static final String SOURCE = "source";
  static final String RESULTS = "results";
  static final String INDICATORS = "indicators";
  static final String INDICATOR_ID = "indicatorId";
  static final String LATEST = "latest";
  static final String VALUE = "value";
  static final String PERIOD_END = "periodEnd";
  static final String SINCE_BASELINE = "sinceBaseline";
  static final String CHANGE_SINCE_BASELINE = "changeSinceBaseline";
  static final String ABSOLUTE = "absolute";
  static final String RELATIVE = "relative";
  static final String TREND = "trend";
  static final String SLOPE_PER_YEAR = "slopePerYear";
  static final String TREND_POINTS = "trendPoints";
  static final String CONSECUTIVE_PERIODS_IMPROVING = "consecutivePeriodsImproving";
  static final String COMPARABLE = "comparable";
  static final String TARGET_STATUS = "targetStatus";
  static final String NEXT_TARGET = "nextTarget";
  static final String DATE = "date";
  static final String PROJECTED_AT_TARGET = "projectedAtTarget";
  static final String GAPS = "gaps";
  static final String DIMENSION = "dimension";
  static final String REFERENCE = "reference";
  static final String GROUPS = "groups";
  static final String GROUP = "group";
  static final String GAP = "gap";
  static final String RELATIVE_GAP = "relativeGap";
  static final String CHANGE = "change";
  static final String LARGEST_GAP = "largestGap";
  static final String REFERENCE_WORSENED = "referenceWorsened";
  static final String DATA_GAPS = "dataGaps";
  static final String PARTNER_SERIES = "partnerSeries";
  static final String PARTNER_ID = "partnerId";
  static final String CURRENT = "current";
  static final String BETTER_SINCE_BASELINE = "betterSinceBaseline";
  static final String IMPROVING = "improving";
  static final String ON_TRACK_OR_ACHIEVED = "onTrackOrAchieved";
  static final String WIDENING_GAPS = "wideningGaps";

  private ReportFormat() {}
}
