package org.inspectra.api.session;

/**
 * A session just opened, with the secret the browser keeps in its cookie. Only a hash of {@code token} is stored: it
 * cannot be read back later.
 *
 * @param token   the session's bearer secret (256 random bits, URL-safe Base64)
 * @param session the session
 */
public record OpenedSession(String token, Session session) {
    @Override
    public String toString() {
        return "OpenedSession[" + session + "]";
    }
}
