package org.inspectra.api.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.framework.FrameworkKey;

/**
 * One inspection or visit of one local authority, pinned to one framework version for life.
 *
 * @param id             server-made opaque id
 * @param localAuthority LA code
 * @param framework      the pinned framework version
 * @param type           inspection type id
 * @param theme          deep-dive theme id, or {@code null}
 * @param themeVersion   the pinned version of the theme, or {@code null} where there is no theme
 * @param status         where it stands
 * @param notifiedOn     the date the LA was notified
 * @param concurrentWith the inspection this one runs beside (an LSCB review beside its SIF), or {@code null}
 * @param team           the team
 * @param createdBy      who opened it
 * @param createdAt      when
 * @param version        optimistic-lock version
 */
public record Inspection(String id, String localAuthority, FrameworkKey framework, String type, String theme,
                         String themeVersion, InspectionStatus status, LocalDate notifiedOn, String concurrentWith,
                         List<TeamMember> team, String createdBy, Instant createdAt, long version) {
    public Inspection {
        team = List.copyOf(team);
    }

    public boolean hasTeamMember(String user) {
        return team.stream().anyMatch(m -> m.user().equals(user));
    }
}
