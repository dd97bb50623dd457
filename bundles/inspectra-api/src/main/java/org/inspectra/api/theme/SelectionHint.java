package org.inspectra.api.theme;

/**
 * A hint for choosing children from the deep-dive list: what makes a child's experience worth tracking.
 *
 * @param id     kebab-case id
 * @param text   the hint, as the seed words it
 * @param source seed paragraph
 */
public record SelectionHint(String id, String text, String source) {
}
