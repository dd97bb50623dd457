package org.inspectra.rest.security;

import java.util.Optional;

import org.inspectra.api.security.Caller;

/** Verifies a user name and password: the realm itself, or something in front of it (a cache of verified ones). */
@FunctionalInterface
public interface Authenticator {

    /** The caller, or empty where the credentials are refused. */
    Optional<Caller> authenticate(String user, char[] password);
}
