/**
 * The command {@code collective-impact}: validates initiative documents, alone or many at once, and prints
 * the rule catalogue and the JSON Schemas. {@link io.github.collectiveimpact.cli.Main} is the entry point;
 * {@link io.github.collectiveimpact.cli.Main#run(String[], java.io.PrintStream, java.io.PrintStream)} runs a
 * command line in-process and returns its exit status.
 *
 * <p>The tool is not a named module: it runs from one shaded jar on the class path ({@code java -jar
 * collective-impact.jar}), where the module descriptors of the jars it contains are dropped, and nothing
 * reads its packages. It uses only the exported packages of core and json, which its architecture tests
 * check.
 */
package io.github.collectiveimpact.cli;
