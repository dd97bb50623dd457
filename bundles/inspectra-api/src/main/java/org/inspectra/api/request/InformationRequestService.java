package org.inspectra.api.request;

import java.time.LocalDate;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;

/**
 * Requests for further information. The inspection's team asks; the authority's link people see and answer only
 * their own authority's requests.
 */
public interface InformationRequestService {

    InformationRequest request(String inspectionId, RequestType type, String what, String why, LocalDate requiredBy,
                               Caller caller);

    InformationRequest respond(String inspectionId, String requestId, String response, Long expectedVersion,
                               Caller caller);

    /** A page of the inspection's requests, oldest first. */
    Page<InformationRequest> list(String inspectionId, PageRequest page, Caller caller);
}
