package org.inspectra.api.childdata;

import java.time.Instant;

/**
 * The data-quality rules' findings across the inspection's lists right after an upload, counted by severity; the
 * findings themselves are in the data-quality report ({@code GET /inspections/{id}/data-quality}).
 *
 * @param checkedAt when the lists were read
 * @param errors    findings of rules of severity error
 * @param warnings  findings of rules of severity warning
 */
public record QualitySummary(Instant checkedAt, long errors, long warnings) {
}
