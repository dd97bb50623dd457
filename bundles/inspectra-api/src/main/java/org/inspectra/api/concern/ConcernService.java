package org.inspectra.api.concern;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;

/**
 * The concern referral workflow ({@code 003 §74}, Annex C). The inspection's team refers and evaluates; the
 * authority's link people see and answer only their own authority's concerns and record the DCS's sign-off; the
 * lead inspector signs off last or first, and once both have, the concern is read-only.
 */
public interface ConcernService {

    Concern refer(String inspectionId, ConcernReferral referral, Caller caller);

    /** The local authority's written response (its link person). */
    Concern respond(String inspectionId, String concernId, String response, Long expectedVersion, Caller caller);

    /** The inspector's evaluation of the response (the team). */
    Concern evaluate(String inspectionId, String concernId, String evaluation, Long expectedVersion, Caller caller);

    /** Sign-off: a link person signs for the DCS, the lead inspector for the inspection. */
    Concern signOff(String inspectionId, String concernId, String comment, Long expectedVersion, Caller caller);

    /** A page of the inspection's concerns, oldest referral first. */
    Page<Concern> list(String inspectionId, PageRequest page, Caller caller);

    Concern find(String inspectionId, String concernId, Caller caller);
}
