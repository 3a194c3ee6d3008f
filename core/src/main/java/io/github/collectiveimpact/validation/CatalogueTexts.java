package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.model.Condition;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of the rule catalogue ({@link RuleCatalogue#toMarkdown(Locale)}) in English or Japanese: any
 * locale whose language is Japanese gets Japanese, every other locale English, whatever the JVM's default
 * locale.
 *
 * <p>The catalogue's fixed prose is in the bundle {@code Catalogue} of this package, English in the base
 * bundle. The English of everything else is the code's own ({@link RuleDescriptor#title()}, {@link
 * Category#title()}, {@link Condition#description()}, {@link Severity#meaning()}, {@link
 * Threshold#description()}); {@code Catalogue_ja} has its Japanese, a rule's keyed by its id ({@code
 * CA-001.title}, {@code CA-001.rationale}). Only a built-in rule has Japanese: a descriptor whose id, title
 * or rationale is not a built-in rule's, as for a rule of one's own or of a profile, keeps its English.
 */
final class CatalogueTexts {
  static final String BUNDLE = "io.github.collectiveimpact.validation.Catalogue";
  private static final CatalogueTexts ENGLISH = new CatalogueTexts(Locale.ROOT);
  private static final CatalogueTexts JAPANESE = new CatalogueTexts(Locale.JAPANESE);

  private final ResourceBundle bundle;
  private final boolean english;

  private CatalogueTexts(Locale locale) {
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    this.english = Locale.ROOT.equals(locale);
  }

  static CatalogueTexts english() {
    return ENGLISH;
  }

  static CatalogueTexts of(Locale locale) {
    return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
  }

  /** A sentence, heading or table header of the catalogue's fixed prose ({@code markdown.} keys). */
  String text(String key) {
    return bundle.getString(key);
  }

  String meaning(Severity severity) {
    return translated("severity." + severity.name(), severity.meaning());
  }

  String title(Category category) {
    return translated("category." + category.name(), category.title());
  }

  String description(Condition condition) {
    return translated("condition." + condition.name(), condition.description());
  }

  String description(Threshold<?> threshold) {
    return translated("threshold." + threshold.name(), threshold.description());
  }

  String title(RuleDescriptor descriptor) {
    return isBuiltIn(descriptor)
        ? translated(descriptor.id() + ".title", descriptor.title())
        : descriptor.title();
  }

  String rationale(RuleDescriptor descriptor) {
    return isBuiltIn(descriptor)
        ? translated(descriptor.id() + ".rationale", descriptor.rationale())
        : descriptor.rationale();
  }

  /** Whether the descriptor says what the built-in rule of its id says, so that its translation fits. */
  private static boolean isBuiltIn(RuleDescriptor descriptor) {
    RuleDescriptor builtIn = BuiltIn.BY_ID.get(descriptor.id());
    return builtIn != null
        && builtIn.title().equals(descriptor.title())
        && builtIn.rationale().equals(descriptor.rationale());
  }

  private String translated(String key, String english) {
    if (this.english || !bundle.containsKey(key)) {
      return english;
    }
    return bundle.getString(key);
  }

  /** The built-in descriptors by id, read when first needed. */
  private static final class BuiltIn {
    static final Map<String, RuleDescriptor> BY_ID = byId();

    private static Map<String, RuleDescriptor> byId() {
      Map<String, RuleDescriptor> map = new HashMap<>();
      for (RuleDescriptor d : BuiltInRules.descriptors()) {
        map.put(d.id(), d);
      }
      return Map.copyOf(map);
    }
  }
}
