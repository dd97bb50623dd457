package org.inspectra.api.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to open an inspection (API.md, Inspections).
 *
 * @param frameworkVersion the version to pin, or {@code null} for the newest active one
 */
public record NewInspection(String localAuthority, String framework, String frameworkVersion, String type,
                            LocalDate notifiedOn, String theme, String concurrentWith, List<TeamMember> team) {
    public NewInspection {
        team = team == null ? List.of() : List.copyOf(team);
    }
}
