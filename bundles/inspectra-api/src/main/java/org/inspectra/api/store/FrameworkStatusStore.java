package org.inspectra.api.store;

import java.util.Set;

import org.inspectra.api.framework.FrameworkKey;

/** Which framework versions administrators have retired; survives restarts and redeployments. */
public interface FrameworkStatusStore {

    Set<FrameworkKey> retired();

    /** Marks the version retired, with its audit entry, in one transaction. */
    void retire(FrameworkKey key, AuditEntry audit);
}
