package org.inspectra.api.authority;

import java.util.List;
import java.util.Optional;

import org.inspectra.api.security.Caller;

/** Local authorities. */
public interface LocalAuthorityService {

    /** Creates the authority or renames it. */
    LocalAuthorityChange createOrRename(String code, String name, Caller caller);

    Optional<LocalAuthority> find(String code);

    /** All authorities by code. */
    List<LocalAuthority> list();
}
