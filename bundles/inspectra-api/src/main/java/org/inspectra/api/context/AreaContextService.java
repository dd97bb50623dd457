package org.inspectra.api.context;

import java.util.List;

import org.inspectra.api.security.Caller;

/**
 * The context section of an inspection's report ("information about this local authority area", {@code 004}
 * Annex A): Ofsted pre-populates it, the authority may offer more recent information, the lead inspector decides what
 * it says.
 */
public interface AreaContextService {

    /** The framework's facts with the statements written so far; for the team and the authority's link people. */
    List<ContextStatement> statements(String inspectionId, Caller caller);

    /**
     * Writes (or, with a blank statement, clears) one fact's statement; the inspection's lead inspector.
     *
     * @throws org.inspectra.api.error.NotFoundException where the framework has no such fact
     */
    ContextStatement write(String inspectionId, String itemId, String statement, Caller caller);
}
