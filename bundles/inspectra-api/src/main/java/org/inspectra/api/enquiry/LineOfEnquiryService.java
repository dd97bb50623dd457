package org.inspectra.api.enquiry;

import java.util.List;

import org.inspectra.api.security.Caller;

/** Lines of enquiry: the team opens them, the lead inspector closes them ({@code 000 §189}). */
public interface LineOfEnquiryService {

    /** @param criterion the criterion of the pinned framework version it bears on, or {@code null} */
    LineOfEnquiry open(String inspectionId, String question, String criterion, Caller caller);

    /** Closes a line of enquiry; only the inspection's lead inspector (or an administrator). */
    LineOfEnquiry close(String inspectionId, String lineId, String rationale, Long expectedVersion, Caller caller);

    List<LineOfEnquiry> list(String inspectionId, Caller caller);
}
