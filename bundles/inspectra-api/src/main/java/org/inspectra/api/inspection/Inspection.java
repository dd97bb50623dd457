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
 * @param topics         the ids of the topics it was opened on, of its type's topics; empty where the type takes none
 * @param visitNumber    its number within its local authority's current series of its type (1, 2, …), where the
 *                       type is numbered in a series ({@link org.inspectra.api.framework.InspectionType#seriesEndedBy()}),
 *                       else {@code null}
 * @param seriesNumber   where the type is numbered in a series, which of its local authority's series of the type
 *                       this visit belongs to (1 for the first, 2 for the second set of visits, …), else {@code null}
 * @param status         where it stands among the platform's statuses
 * @param addedStatus    the status its type adds ({@link org.inspectra.api.framework.AddedStatus}) it is in, which
 *                       follows {@code status}, or {@code null} where it is in {@code status} itself
 * @param notifiedOn     the date the LA was notified
 * @param concurrentWith the inspection this one runs beside (an LSCB review beside its SIF), or {@code null}
 * @param team           the team
 * @param createdBy      who opened it
 * @param createdAt      when
 * @param version        optimistic-lock version
 */
public record Inspection(String id, String localAuthority, FrameworkKey framework, String type, String theme,
                         String themeVersion, List<String> topics, Integer visitNumber, Integer seriesNumber,
                         InspectionStatus status, String addedStatus, LocalDate notifiedOn, String concurrentWith, List<TeamMember> team,
                         String createdBy, Instant createdAt, long version) {
    public Inspection {
        topics = topics == null ? List.of() : List.copyOf(topics);
        team = List.copyOf(team);
    }

    /**
     * Whether this is the first visit of its authority's first series of a type whose such visit publishes nothing
     * ({@link org.inspectra.api.framework.InspectionType#unpublishedFirstVisit()}, {@code 000 §208} note 28).
     */
    public boolean firstVisitOfFirstSeries() {
        return Integer.valueOf(1).equals(visitNumber) && Integer.valueOf(1).equals(seriesNumber);
    }

    /** The id of the status it is in: its added status where it is in one, else its platform status. */
    public String statusId() {
        return addedStatus != null ? addedStatus : status.id();
    }

    public boolean hasTeamMember(String user) {
        return team.stream().anyMatch(m -> m.user().equals(user));
    }
}
