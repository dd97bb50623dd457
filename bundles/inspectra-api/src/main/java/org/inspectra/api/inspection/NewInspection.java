package org.inspectra.api.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to open an inspection (API.md, Inspections).
 *
 * @param frameworkVersion the version to pin, or {@code null} for the newest active one
 * @param topics           ids of the type's topics the inspection is opened on; empty where the type takes none
 */
public record NewInspection(String localAuthority, String framework, String frameworkVersion, String type,
                            LocalDate notifiedOn, String theme, String concurrentWith, List<TeamMember> team,
                            List<String> topics) {
    public NewInspection {
        team = team == null ? List.of() : List.copyOf(team);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** A request that names no topics. */
    public NewInspection(String localAuthority, String framework, String frameworkVersion, String type,
                         LocalDate notifiedOn, String theme, String concurrentWith, List<TeamMember> team) {
        this(localAuthority, framework, frameworkVersion, type, notifiedOn, theme, concurrentWith, team, List.of());
    }
}
