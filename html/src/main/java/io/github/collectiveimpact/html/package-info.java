/**
 * Validation reports as self-contained HTML pages: {@link io.github.collectiveimpact.html.HtmlReport}
 * renders one report, or an overview of a network of initiatives ({@link
 * io.github.collectiveimpact.html.NetworkEntry}), in English or Japanese.
 *
 * <p>A page is one file: its CSS and its charts (SVG) are inline, it has no script and makes no request,
 * so that it opens offline, prints as it shows (print styles included) and can be mailed or archived as
 * it is. Every text from a report or an initiative is escaped by the templates (jte, with HTML's
 * contextual escaping, compiled when the module is built), SVG included; a link of the network overview is
 * only ever a relative path or an {@code http(s)} URL.
 *
 * <p>The charts are drawn by the module's own small SVG component (scales, ticks, paths) rather than a
 * chart library: the libraries draw with script in the browser, which a self-contained page without
 * script cannot have, print unreliably, and escape what they draw by rules of their own; a few tested
 * classes keep the page free of script, printable, escaped under our control and free of a dependency.
 *
 * <p>Accessibility: every chart has a text alternative ({@code role="img"}, a title and a description)
 * and the table of its data beside it; colours are the Okabe-Ito palette, safe for colour-blind readers,
 * and never carry meaning alone (levels and severities are also written out, markers differ by shape);
 * headings are in order, with landmarks and a table of contents.
 */
package io.github.collectiveimpact.html;
