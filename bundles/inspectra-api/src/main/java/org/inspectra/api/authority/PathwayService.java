package org.inspectra.api.authority;

import org.inspectra.api.security.Caller;

/** Where a local authority goes next after its last graded outcome (ILACS pathways, {@code 000 §13-24}). */
public interface PathwayService {

    /**
     * The pathway from the authority's most recent final, published or closed inspection with an overall
     * effectiveness grade under a framework that has pathways.
     *
     * @throws org.inspectra.api.error.NotFoundException  where the authority is unknown or has no such outcome yet
     * @throws org.inspectra.api.error.ForbiddenException where the caller is neither staff nor the authority's link
     */
    PathwayOutlook pathway(String localAuthority, Caller caller);
}
