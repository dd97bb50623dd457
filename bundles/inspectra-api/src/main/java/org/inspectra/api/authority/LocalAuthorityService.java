package org.inspectra.api.authority;

import java.util.Optional;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;

/** Local authorities. */
public interface LocalAuthorityService {

    /** Creates the authority or renames it. */
    LocalAuthorityChange createOrRename(String code, String name, Caller caller);

    Optional<LocalAuthority> find(String code);

    /** A page of the authorities, by code. */
    Page<LocalAuthority> list(PageRequest page);
}
