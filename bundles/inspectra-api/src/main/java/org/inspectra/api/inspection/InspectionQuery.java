package org.inspectra.api.inspection;

/** Filters for listing inspections; a {@code null} filter matches everything. */
public record InspectionQuery(String localAuthority, String framework, InspectionStatus status) {
}
