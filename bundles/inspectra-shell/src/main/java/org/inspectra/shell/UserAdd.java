package org.inspectra.shell;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;

/**
 * Adds a user to the JAAS realm the REST API signs in against, through Karaf's own backing engine, which stores the
 * password hashed as etc/org.apache.karaf.jaas.cfg says (bcrypt in the distribution). Without a password argument the
 * command asks for it without echo, so it stays out of the shell's history. Audited as {@code user.added}, roles
 * and never the password.
 */
@Service
@Command(scope = "inspectra", name = "user-add",
        description = "Adds a user with roles (admin, lead-inspector, inspector, la-link, la:<DfE number>)")
public final class UserAdd implements Action {

    /** The user names the REST API takes in a team (TeamMemberBody). */
    static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    static final Pattern ROLE = Pattern.compile("admin|lead-inspector|inspector|la-link|la:\\d{3}");

    @Reference
    List<JaasRealm> realms;

    @Reference
    List<BackingEngineFactory> engines;

    @Reference
    AuditTrail audit;

    @Reference
    Session session;

    @Option(name = "--realm", description = "The JAAS realm (the REST API's is karaf)")
    String realm = "karaf";

    @Option(name = "--password", aliases = "-p", description = "The password; asked for without echo when left out")
    String password;

    @Argument(index = 0, name = "user", required = true, description = "The user name")
    String user;

    @Argument(index = 1, name = "roles", required = true, multiValued = true,
            description = "Its roles: admin, lead-inspector, inspector, la-link and la:<DfE number> for each "
                    + "authority a link person speaks for")
    @Completion(RoleCompleter.class)
    List<String> roles;

    @Override
    public Object execute() throws Exception {
        var caller = ShellCaller.administrator();
        if (!USER.matcher(user).matches()) {
            throw new InvalidInputException("A user name is 1 to 64 letters, digits and . _ @ -, starting with a "
                    + "letter or digit");
        }
        List<String> unknown = roles.stream().filter(r -> !ROLE.matcher(r).matches()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("Unknown roles " + unknown + "; the roles are admin, lead-inspector, "
                    + "inspector, la-link and la:<DfE number>");
        }
        String secret = password != null ? password : session.readLine("Password for " + user + ": ", '*');
        if (secret == null || secret.length() < 8) {
            throw new InvalidInputException("A password has at least 8 characters");
        }
        BackingEngine engine = engine();
        if (engine.lookupUser(user) != null) {
            throw new ConflictException("The realm " + realm + " already has a user " + user);
        }
        engine.addUser(user, secret);
        for (String role : roles) {
            engine.addRole(user, role);
        }
        audit.record(new AuditEntry(Clock.systemUTC().instant(), caller.user(), "user.added", "user/" + user, null,
                "{\"realm\":\"" + realm + "\",\"roles\":" + roles.stream().map(r -> "\"" + r + "\"").toList()
                + "}"));
        System.out.println("Added " + user + " to " + realm + " with " + String.join(", ", roles));
        return null;
    }

    private BackingEngine engine() {
        for (JaasRealm r : realms) {
            if (r.getName().equals(realm)) {
                for (AppConfigurationEntry entry : r.getEntries()) {
                    // The realm names Karaf's proxy as the login module; the real one is in this option.
                    Object module = entry.getOptions().get("org.apache.karaf.jaas.module");
                    for (BackingEngineFactory factory : engines) {
                        if (factory.getModuleClass().equals(module)) {
                            return factory.build(entry.getOptions());
                        }
                    }
                }
            }
        }
        throw new InvalidInputException("No realm " + realm + " with users this command can add to");
    }
}
