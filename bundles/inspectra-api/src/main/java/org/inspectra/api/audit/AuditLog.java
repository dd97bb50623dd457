package org.inspectra.api.audit;

import java.util.List;

import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;

/** Reading who changed what. */
public interface AuditLog {

    /**
     * The audit trail of one inspection and everything recorded in it, oldest first; for administrators and the
     * inspection's lead inspector.
     *
     * @throws org.inspectra.api.error.NotFoundException  where there is no such inspection
     * @throws org.inspectra.api.error.ForbiddenException where the caller may not read it
     */
    List<AuditEntry> inspection(String inspectionId, Caller caller);
}
