package org.inspectra.api.evidence;

/**
 * How many revisions an inspection's evidence has and the storage row of the last: revisions are never changed or
 * removed, only added, each in a row numbered after every row before it, so any change to the inspection's evidence
 * changes this tally. What is worked out from the evidence can be kept while its tally stands.
 */
public record EvidenceTally(long revisions, long lastRow) {
}
