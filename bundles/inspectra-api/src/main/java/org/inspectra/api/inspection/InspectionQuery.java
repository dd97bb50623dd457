package org.inspectra.api.inspection;

/**
 * Filters for listing inspections; a {@code null} filter matches everything.
 *
 * @param status a status id: a platform status matches the inspections standing in it, those in a status their type
 *               adds after it among them; an added status matches the inspections in it
 */
public record InspectionQuery(String localAuthority, String framework, String status) {
}
