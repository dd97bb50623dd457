package org.inspectra.api.framework;

/**
 * A question the summary on a report's first page answers (ILACS standard and short inspections, {@code 000 §211}):
 * the lead inspector writes the answer for each inspection.
 *
 * @param id     kebab-case id, unique within the type
 * @param text   the question as the framework words it
 * @param source seed paragraph
 */
public record SummaryQuestion(String id, String text, String source) {
}
