package org.inspectra.api.audit;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;

/** Reading who changed what. */
public interface AuditLog {

    /**
     * A page of the audit trail of one inspection and everything recorded in it, oldest first; for administrators and
     * the inspection's lead inspector.
     *
     * @throws org.inspectra.api.error.NotFoundException  where there is no such inspection
     * @throws org.inspectra.api.error.ForbiddenException where the caller may not read it
     */
    Page<AuditEntry> inspection(String inspectionId, PageRequest page, Caller caller);
}
