package org.inspectra.api.error;

/**
 * One refused piece of input.
 *
 * @param field   the field (JSON path) refused
 * @param code    kebab-case reason (e.g. {@code required}, {@code unknown-grade})
 * @param message what is wrong, for people
 */
public record Violation(String field, String code, String message) {
}
