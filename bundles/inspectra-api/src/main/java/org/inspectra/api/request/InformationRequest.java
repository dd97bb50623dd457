package org.inspectra.api.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for further information ({@code 000 §166-168}, Annex B): the inspector asks, the local authority
 * answers by the date required.
 *
 * @param id           server-made opaque id
 * @param inspectionId the inspection
 * @param requestedBy  the inspector
 * @param requestedAt  when
 * @param type         case information, general, line of enquiry or other
 * @param what         what is asked for
 * @param why          why it is needed
 * @param requiredBy   the date it is required by
 * @param response     the local authority's response, once given
 * @param respondedBy  who gave it
 * @param respondedAt  when
 * @param version      optimistic-lock version
 */
public record InformationRequest(String id, String inspectionId, String requestedBy, Instant requestedAt,
                                 RequestType type, String what, String why, LocalDate requiredBy, String response,
                                 String respondedBy, Instant respondedAt, long version) {
}
