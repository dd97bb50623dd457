package org.inspectra.core.audit;

import org.inspectra.api.audit.AuditLog;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the audit trail every write leaves (each store records its entry in the change's own transaction). */
@Component(service = AuditLog.class)
public final class StoredAuditLog implements AuditLog {

    private final AuditTrail trail;
    private final InspectionLookup lookup;

    @Activate
    public StoredAuditLog(@Reference AuditTrail trail, @Reference InspectionLookup lookup) {
        this.trail = trail;
        this.lookup = lookup;
    }

    @Override
    public Page<AuditEntry> inspection(String inspectionId, PageRequest page, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireLead(inspection, caller);
        return trail.about("inspection/" + inspectionId, page);
    }
}
