package org.inspectra.api.concern;

import java.time.LocalDate;
import java.util.List;

/** What an inspector submits to refer a concern; the server adds who and the referral's id. */
public record ConcernReferral(Integer category, List<String> caseReferences, LocalDate referredOn, String laTeam,
                              String issues, LocalDate responseDue) {
    public ConcernReferral {
        caseReferences = caseReferences == null ? List.of() : List.copyOf(caseReferences);
    }
}
