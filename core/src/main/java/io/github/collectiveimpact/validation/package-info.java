/**
 * Checks an initiative against the five conditions of collective impact and reports findings as data.
 */
package io.github.collectiveimpact.validation;
