package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.assessment.AssessedCondition;
import io.github.collectiveimpact.assessment.Assessment;
import io.github.collectiveimpact.assessment.Calibration;
import io.github.collectiveimpact.assessment.Rubric;
import io.github.collectiveimpact.fixtures.AssessmentCases;
import io.github.collectiveimpact.model.Initiative;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report carries the assessment the validator computed, and its text opens with the levels. */
class ValidationAssessmentTest {
  private static final Initiative ROAD_MAP = AssessmentCases.roadMap();
  private static final LocalDate AS_OF = AssessmentCases.asOf(ROAD_MAP);

  @Test
  void theReportCarriesTheAssessmentComputedAlone() {
    ValidationReport report = Validator.builder().asOf(AS_OF).build().validate(ROAD_MAP);
    assertEquals(Assessment.of(ROAD_MAP, AS_OF), report.assessment().orElseThrow());
  }

  @Test
  void theTextOpensWithTheLevelsOfBothLensesUnderItsHeadlineInTheValidatorsLanguage() {
    String en = Validator.builder().asOf(AS_OF).build().validate(ROAD_MAP).toText();
    String headline = en.substring(0, en.indexOf('\n') + 1);
    assertTrue(headline.startsWith(ROAD_MAP.name() + " ("), en);
    assertTrue(
        en.startsWith(headline + "Assessment, Five conditions:\n  Common agenda: level "), en);
    assertTrue(en.contains("Assessment, Collective Impact 3.0:\n"), en);
    assertTrue(en.indexOf("Stage: ") < en.indexOf("Structure: "), en);
    String ja =
        Validator.builder().asOf(AS_OF).locale(Locale.JAPANESE).build().validate(ROAD_MAP).toText();
    String jaHeadline = ja.substring(0, ja.indexOf('\n') + 1);
    assertTrue(ja.startsWith(jaHeadline + "アセスメント（5つの条件）:\n  共通のアジェンダ: レベル "), ja);
  }

  @Test
  void aProfileCarriesARubricOfItsOwn() {
    Rubric lenient =
        Rubric.fiveConditions()
            .withCalibration(Calibration.defaults().withMinEndorsementShare(0.7))
            .withNotApplicable("CA.4b");
    Validator validator =
        Validator.builder()
            .asOf(AS_OF)
            .profile(Profile.builder("regional").rubric(lenient).build())
            .build();
    assertEquals(lenient, validator.rubrics().get(validator.rubrics().size() - 1));
    Assessment a = validator.validate(ROAD_MAP).assessment().orElseThrow();
    assertEquals(4, a.condition(AssessedCondition.COMMON_AGENDA).orElseThrow().levelNumber());
    assertEquals(
        3,
        Validator.builder()
            .asOf(AS_OF)
            .build()
            .validate(ROAD_MAP)
            .assessment()
            .orElseThrow()
            .condition(AssessedCondition.COMMON_AGENDA)
            .orElseThrow()
            .levelNumber());
  }
}
