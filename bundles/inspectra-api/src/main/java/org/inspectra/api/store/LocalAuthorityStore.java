package org.inspectra.api.store;

import java.util.Optional;

import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/** Storage of local authorities. */
public interface LocalAuthorityStore {

    Optional<LocalAuthority> find(String code);

    /** A page of the authorities, by code. */
    Page<LocalAuthority> list(PageRequest page);

    /**
     * Creates or renames, with its audit entry, in one transaction.
     *
     * @return whether it was created
     */
    boolean save(LocalAuthority authority, AuditEntry audit);
}
