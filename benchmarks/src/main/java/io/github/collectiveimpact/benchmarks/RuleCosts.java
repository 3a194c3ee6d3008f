package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.RuleDescriptor;
import io.github.collectiveimpact.validation.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times each built-in rule on its own, to find the rules that dominate validation: for every rule, a
 * validator with only that rule enabled validates fresh copies of the synthetic initiative (so each pays
 * for the indexes it uses), and the best wall-clock and CPU time of the repetitions is printed, most
 * expensive first. Not a JMH benchmark, a profiling aid:
 *
 * <pre>{@code
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar io.github.collectiveimpact.benchmarks.RuleCosts L 6
 * }</pre>
 */
public final class RuleCosts {
  private RuleCosts() {}

  /**
   * Prints the time of each rule.
   *
   * @param args the size ({@code S}, {@code M} or {@code L}; default {@code L}) and the number of
   *     repetitions per rule (default 6)
   */
  public static void main(String[] args) {
    Size size = args.length > 0 ? Size.valueOf(args[0]) : Size.L;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    Initiative initiative = Documents.asRead(size);
    List<RuleDescriptor> rules = Validator.standard().ruleDescriptors();
    List<double[]> times = new ArrayList<>();
    double sum = 0;
    for (int round = 0; round < 2; round++) { // the first round warms the code up
      times.clear();
      sum = 0;
      for (RuleDescriptor rule : rules) {
        Validator.Builder builder = Validator.builder().asOf(SyntheticInitiatives.AS_OF);
        for (RuleDescriptor other : rules) {
          if (!other.id().equals(rule.id())) {
            builder.disable(other.id());
          }
        }
        double[] t = best(builder.build(), initiative, repetitions);
        times.add(t);
        sum += t[0];
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(times.get(b)[0], times.get(a)[0]));
    System.out.printf(
        Locale.ROOT, "%s, best of %d, rule alone on a fresh copy:%n", size, repetitions);
    System.out.printf(Locale.ROOT, "%-8s %10s %10s%n", "rule", "wall ms", "cpu ms");
    for (int i : order) {
      System.out.printf(
          Locale.ROOT, "%-8s %10.2f %10.2f%n", rules.get(i).id(), times.get(i)[0], times.get(i)[1]);
    }
    double[] all =
        best(
            Validator.builder().asOf(SyntheticInitiatives.AS_OF).build(),
            initiative,
            repetitions * 2);
    System.out.printf(Locale.ROOT, "%-8s %10.2f (each rule alone, summed)%n", "sum", sum);
    System.out.printf(Locale.ROOT, "%-8s %10.2f %10.2f%n", "all", all[0], all[1]);
  }

  private static double[] best(Validator validator, Initiative initiative, int repetitions) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long wall = Long.MAX_VALUE;
    long cpu = Long.MAX_VALUE;
    for (int k = 0; k < repetitions; k++) {
      Initiative copy = initiative.withDescription("copy " + k);
      long c = threads.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      validator.validate(copy);
      wall = Math.min(wall, System.nanoTime() - s);
      cpu = Math.min(cpu, threads.getCurrentThreadCpuTime() - c);
    }
    return new double[] {wall / 1e6, cpu / 1e6};
  }
}
