package org.inspectra.rest.representation;

import java.time.Instant;
import java.time.LocalDate;

import org.inspectra.api.request.InformationRequest;

/** A request for further information and, once given, the local authority's response. */
public record InformationRequestView(String id, String type, String what, String why, LocalDate requiredBy,
                                     String requestedBy, Instant requestedAt, String response, String respondedBy,
                                     Instant respondedAt, long version) {

    public static InformationRequestView of(InformationRequest r) {
        return new InformationRequestView(r.id(), r.type().id(), r.what(), r.why(), r.requiredBy(), r.requestedBy(),
                r.requestedAt(), r.response(), r.respondedBy(), r.respondedAt(), r.version());
    }
}
