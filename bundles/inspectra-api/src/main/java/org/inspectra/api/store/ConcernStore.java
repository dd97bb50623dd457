package org.inspectra.api.store;

import java.util.Optional;

import org.inspectra.api.concern.Concern;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/** Storage of concern referrals. */
public interface ConcernStore {

    Concern insert(Concern concern, AuditEntry audit);

    /**
     * Replaces the concern with its next step if it is still at {@code expectedVersion}.
     *
     * @throws org.inspectra.api.error.ConflictException where another writer changed it first
     */
    Concern update(Concern concern, long expectedVersion, AuditEntry audit);

    Optional<Concern> find(String inspectionId, String concernId);

    /** A page of the inspection's concerns, oldest referral first. */
    Page<Concern> list(String inspectionId, PageRequest page);
}
