package org.inspectra.api.selection;

/**
 * A child in a selection.
 *
 * @param childId the child unique ID
 * @param reason  why this child, citing the rule's paragraph
 */
public record ProposedChild(String childId, String reason) {
}
