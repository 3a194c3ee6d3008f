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

  private ReportFormat() {}
}
