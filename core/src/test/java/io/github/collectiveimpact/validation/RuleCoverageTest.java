package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.AssertionFailedError;

/**
 * Checks that every built-in rule has a triggering example: the {@link Triggers} annotations of the example
 * classes (honoured at run time by {@link RuleExamples}) must name every rule of their category.
 */
class RuleCoverageTest {
  private static final Map<Class<?>, Category> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put(StructureRulesTest.class, Category.STRUCTURE);
    EXAMPLES.put(CommonAgendaRulesTest.class, Category.COMMON_AGENDA);
    EXAMPLES.put(SharedMeasurementRulesTest.class, Category.SHARED_MEASUREMENT);
    EXAMPLES.put(ActivityRulesTest.class, Category.MUTUALLY_REINFORCING_ACTIVITIES);
    EXAMPLES.put(CommunicationRulesTest.class, Category.CONTINUOUS_COMMUNICATION);
    EXAMPLES.put(BackboneRulesTest.class, Category.BACKBONE_SUPPORT);
  }

  private static Set<String> declaredTriggers(Class<?> type) {
    Set<String> ids = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      Triggers triggers = m.getAnnotation(Triggers.class);
      if (triggers != null) {
        assertTrue(
            m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class),
            m + " declares @Triggers but is not a test");
        ids.addAll(List.of(triggers.value()));
      }
    }
    return ids;
  }

  @Test
  void theCatalogueHasTheDocumentedIds() {
    List<String> expected = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("ST", 8);
    counts.put("CA", 16);
    counts.put("SM", 15);
    counts.put("MR", 8);
    counts.put("CC", 8);
    counts.put("BB", 8);
    counts.forEach(
        (prefix, n) -> {
          for (int i = 1; i <= n; i++) {
            expected.add(String.format("%s-%03d", prefix, i));
          }
          if (prefix.equals("CA")) {
            // The rule on the results of the agenda's equity focus.
            expected.add("CA-020");
          }
          if (prefix.equals("SM")) {
            // The rules on how shared data are used, numbered apart from the rules on the data.
            expected.add("SM-020");
            expected.add("SM-021");
          }
        });
    assertEquals(
        expected,
        BuiltInRules.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toList()));
  }

  @Test
  void everyBuiltInRuleHasATriggeringExampleInTheClassOfItsCategory() {
    for (Map.Entry<Class<?>, Category> e : EXAMPLES.entrySet()) {
      Set<String> ofCategory =
          BuiltInRules.descriptors().stream()
              .filter(d -> d.category() == e.getValue())
              .map(RuleDescriptor::id)
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(
          ofCategory,
          declaredTriggers(e.getKey()),
          e.getKey().getSimpleName()
              + " must have a @Triggers example for each rule of "
              + e.getValue());
    }
  }

  @Test
  void everyExampleClassRunsWithTheTriggersCheck() {
    for (Class<?> type : EXAMPLES.keySet()) {
      ExtendWith extendWith = type.getAnnotation(ExtendWith.class);
      assertTrue(
          extendWith != null && List.of(extendWith.value()).contains(RuleExamples.class),
          type.getSimpleName() + " must run with @ExtendWith(RuleExamples.class)");
    }
  }

  /** A stand-in for the methods whose annotations the check reads. */
  static final class Declaring {
    @Triggers("BB-001")
    void declaresBackbone() {}
  }

  private static ExtensionContext contextOf(String methodName) throws NoSuchMethodException {
    Method method = Declaring.class.getDeclaredMethod(methodName);
    return (ExtensionContext)
        Proxy.newProxyInstance(
            ExtensionContext.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.class},
            (proxy, m, args) -> {
              switch (m.getName()) {
                case "getRequiredTestMethod":
                  return method;
                case "getExecutionException":
                  return Optional.empty();
                default:
                  throw new UnsupportedOperationException(m.getName());
              }
            });
  }

  @Test
  void theCheckFailsATestThatDeclaresARuleItNeverAsserts() throws Exception {
    RuleExamples check = new RuleExamples();
    ExtensionContext context = contextOf("declaresBackbone");
    check.beforeEach(context);
    assertThrows(AssertionFailedError.class, () -> check.afterEach(context));
  }

  @Test
  void theCheckFailsATestThatAssertsARuleItDoesNotDeclare() throws Exception {
    RuleExamples check = new RuleExamples();
    ExtensionContext context = contextOf("declaresBackbone");
    check.beforeEach(context);
    try {
      assertThrows(
          AssertionFailedError.class,
          () ->
              RuleExamples.assertOnly(
                  RuleExamples.base(), "BB-002", RuleExamples.at("/backbone/staff", "0")));
      RuleExamples.assertOnly(
          RuleExamples.base().withBackbone(Optional.empty()),
          "BB-001",
          RuleExamples.at("/backbone"));
    } finally {
      check.afterEach(context);
    }
  }
}
