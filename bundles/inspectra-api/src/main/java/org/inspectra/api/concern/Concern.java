package org.inspectra.api.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A concern referral ({@code 003 §74}, Annex C): inspectors refer a child's case to the local authority where they
 * find a serious issue (category 1) or that the service offered may not be appropriate (category 2). The local
 * authority answers in writing by the date given; the inspector evaluates the answer; the DCS and the lead inspector
 * sign it off, after which it no longer changes.
 *
 * @param id             server-made opaque id
 * @param inspectionId   the inspection
 * @param category       1 or 2
 * @param caseReferences the children's case references (never names)
 * @param referredBy     the referring inspector
 * @param referredOn     the date of the referral
 * @param laTeam         the local authority team the case sits with
 * @param issues         the issues found
 * @param responseDue    when the local authority's written response is due
 * @param response       the local authority's response, once given
 * @param evaluation     the inspector's evaluation of the response, once made
 * @param dcsSignOff     the DCS's sign-off, recorded by the authority's link person
 * @param leadSignOff    the lead inspector's sign-off
 * @param version        optimistic-lock version: 0 when referred, one more with each step
 */
public record Concern(String id, String inspectionId, int category, List<String> caseReferences, String referredBy,
                      LocalDate referredOn, String laTeam, String issues, LocalDate responseDue, Step response,
                      Step evaluation, Step dcsSignOff, Step leadSignOff, long version) {

    public Concern {
        caseReferences = List.copyOf(caseReferences);
    }

    /** Signed off by both the DCS and the lead inspector: read-only from then on. */
    public boolean signedOff() {
        return dcsSignOff != null && leadSignOff != null;
    }

    /**
     * One step of the referral's workflow.
     *
     * @param text what was said (empty for a sign-off without comment)
     * @param by   who took the step
     * @param at   when
     */
    public record Step(String text, String by, Instant at) {
    }
}
