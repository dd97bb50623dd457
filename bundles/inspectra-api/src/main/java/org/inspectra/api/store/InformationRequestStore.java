package org.inspectra.api.store;

import java.util.Optional;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.request.InformationRequest;

/** Storage of requests for further information. */
public interface InformationRequestStore {

    InformationRequest insert(InformationRequest request, AuditEntry audit);

    /**
     * Stores the response if the request is still at {@code expectedVersion}.
     *
     * @throws org.inspectra.api.error.ConflictException where another writer changed it first
     */
    InformationRequest update(InformationRequest request, long expectedVersion, AuditEntry audit);

    Optional<InformationRequest> find(String inspectionId, String requestId);

    /** A page of the inspection's requests, oldest first. */
    Page<InformationRequest> list(String inspectionId, PageRequest page);
}
