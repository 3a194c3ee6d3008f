package io.github.collectiveimpact.validation;

/** Citations of the literature the built-in rules rest on. */
final class Sources {
  private Sources() {}

  static final String KANIA_KRAMER_2011 =
      "Kania & Kramer, \"Collective Impact\", Stanford Social Innovation Review, Winter 2011";
  static final String CHANNELING_CHANGE =
      "Hanleybrown, Kania & Kramer, \"Channeling Change: Making Collective Impact Work\","
          + " Stanford Social Innovation Review, 2012";
  static final String BACKBONE_VALUE =
      "Turner, Merchant, Kania & Martin, \"Understanding the Value of Backbone Organizations in"
          + " Collective Impact\", Stanford Social Innovation Review, 2012";
  static final String BACKBONE_STRUCTURE =
      "FSG, \"Collective Impact: Searching for the right backbone structure\"; Turner et al., SSIR, 2012";
  static final String CENTERING_EQUITY =
      "Kania, Williams, Schmitz, Brady, Kramer & Splansky Juster, \"Centering Equity in Collective"
          + " Impact\", Stanford Social Innovation Review, Winter 2022";
  static final String PRINCIPLES_OF_PRACTICE =
      "Collective Impact Forum, \"Collective Impact Principles of Practice\", 2016";
  static final String RBA =
      "Friedman, \"Trying Hard Is Not Good Enough\", 2005 (Results-Based Accountability)";
  static final String EVALUATION_GUIDE =
      "Preskill, Parkhurst & Splansky Juster, \"Guide to Evaluating Collective Impact\", FSG and"
          + " Collective Impact Forum, 2014";
  static final String WOLFF_2016 =
      "Wolff, \"Ten Places Where Collective Impact Gets It Wrong\", Global Journal of Community"
          + " Psychology Practice, 2016";
  static final String LE_2015 =
      "Le, \"Why communities of color are getting frustrated with Collective Impact\", 2015";
  static final String ORS_SPARK_2018 =
      "ORS Impact & Spark Policy Institute, \"When Collective Impact Has an Impact\", 2018";
  static final String MODEL_INTEGRITY =
      "Kania & Kramer, SSIR 2011 (shared measurement needs consistent data); the model's own"
          + " integrity: every id unique in its kind, every reference resolvable";
}
