package org.inspectra.api.selection;

/**
 * One constraint of a selection rule and whether the proposal meets it.
 *
 * @param id     kebab-case id of the constraint
 * @param text   the constraint as the seed words it
 * @param met    whether the proposal meets it
 * @param detail how: the children that meet it, or why none could
 */
public record RuleCheck(String id, String text, boolean met, String detail) {
}
