package org.inspectra.api.session;

import java.util.Optional;

import org.inspectra.api.security.Caller;

/**
 * Browser sessions of callers already authenticated against the realm. The service never sees a password: whoever
 * checks the credentials (the REST layer, through the same authenticator as HTTP Basic) hands it the caller.
 */
public interface SessionService {

    /** Opens a session for a caller the realm has just accepted; audited as {@code session.opened}. */
    OpenedSession open(Caller caller);

    /**
     * The live session a token stands for, marking it used; empty where the token is unknown, signed out, idle for
     * longer than the idle timeout or past its absolute timeout.
     */
    Optional<Session> resume(String token);

    /** Ends the session a token stands for, if it is live; audited as {@code session.closed}. */
    void close(String token);

    /** Records a refused sign-in (wrong user name or password) in the audit trail as {@code session.refused}. */
    void refused(String user);
}
