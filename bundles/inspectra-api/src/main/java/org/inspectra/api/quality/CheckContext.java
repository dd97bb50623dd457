package org.inspectra.api.quality;

import java.time.LocalDate;

import org.inspectra.api.framework.FrameworkKey;

/**
 * What a check knows of the inspection whose lists it reads.
 *
 * @param inspectionId the inspection
 * @param framework    the framework version it is pinned to
 * @param notifiedOn   the notification date, from which a list's period is counted back ({@code 000 §258})
 */
public record CheckContext(String inspectionId, FrameworkKey framework, LocalDate notifiedOn) {
}
