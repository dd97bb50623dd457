package org.inspectra.api.store;

import java.util.List;
import java.util.Optional;

import org.inspectra.api.enquiry.LineOfEnquiry;

/** Storage of lines of enquiry. */
public interface LineOfEnquiryStore {

    LineOfEnquiry insert(LineOfEnquiry line, AuditEntry audit);

    /**
     * Stores the closure if the line is still at {@code expectedVersion}.
     *
     * @throws org.inspectra.api.error.ConflictException where another writer changed it first
     */
    LineOfEnquiry close(LineOfEnquiry line, long expectedVersion, AuditEntry audit);

    Optional<LineOfEnquiry> find(String inspectionId, String lineId);

    /** The inspection's lines of enquiry, oldest first. */
    List<LineOfEnquiry> list(String inspectionId);
}
