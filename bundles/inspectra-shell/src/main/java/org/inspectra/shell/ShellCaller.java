package org.inspectra.shell;

import java.security.AccessController;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.security.Caller;

/**
 * The user of the shell session as a {@link Caller}: the same roles the REST API reads from the realm, so a command
 * passes the same checks as the endpoint it stands beside (only administrators administer).
 */
final class ShellCaller {

    private ShellCaller() {
    }

    /** The session's user, who must be an administrator. */
    @SuppressWarnings("removal") // the shell runs each command inside Subject.doAs; this is how it is read on 17
    static Caller administrator() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String user = null;
        Set<String> roles = new HashSet<>();
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof UserPrincipal) {
                    user = p.getName();
                } else if (p instanceof RolePrincipal) {
                    roles.add(p.getName());
                }
            }
        }
        Caller caller = new Caller(user == null ? "shell" : user, roles);
        if (!caller.isAdmin()) {
            throw new ForbiddenException("The inspectra commands are for administrators (role admin); "
                    + caller.user() + " has " + roles);
        }
        return caller;
    }
}
