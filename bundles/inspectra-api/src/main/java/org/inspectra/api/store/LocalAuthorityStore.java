package org.inspectra.api.store;

import java.util.List;
import java.util.Optional;

import org.inspectra.api.authority.LocalAuthority;

/** Storage of local authorities. */
public interface LocalAuthorityStore {

    Optional<LocalAuthority> find(String code);

    List<LocalAuthority> list();

    /**
     * Creates or renames, with its audit entry, in one transaction.
     *
     * @return whether it was created
     */
    boolean save(LocalAuthority authority, AuditEntry audit);
}
