package org.inspectra.rest.security;

import java.util.Optional;

import org.inspectra.api.security.Caller;

/** Checks a user name and password; each implementation adds one concern around the realm. */
public interface Authenticator {

    /** The caller, or empty where the credentials are refused. */
    Optional<Caller> authenticate(String user, char[] password);
}
