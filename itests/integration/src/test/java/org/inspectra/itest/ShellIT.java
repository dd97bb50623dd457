package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The inspectra:* commands as an administrator runs them in the Karaf shell (Karaf's SessionFactory runs them
 * in-process, as bin/client and the console do): they reach the same services as the REST API, so what a command does
 * shows over HTTP, and a user who is not an administrator is refused as the API would refuse.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellIT extends InspectraTestSupport {

    @Inject
    SessionFactory sessions;

    private Api admin;

    @Before
    public void serverIsUp() {
        admin = Api.local().awaitUp(Duration.ofMinutes(3)).asAdmin();
        Fixtures.localAuthority(admin, "330", "Birmingham");
    }

    @Test
    public void listsFrameworksAndThemesAsTheApiDoes() throws Exception {
        String frameworks = run("inspectra:framework-list", "admin");
        assertTrue(frameworks, frameworks.contains("ilacs") && frameworks.contains("2018.12")
                && frameworks.contains("active") && frameworks.contains("inspectra-framework-ilacs"));
        String themes = run("inspectra:theme-list", "admin");
        assertTrue(themes, themes.contains("cse-missing") && themes.contains("2016.01"));
    }

    @Test
    public void deploysRetiresAndUninstallsAFrameworkBundleThroughTheAdministrationService() throws Exception {
        String deployed = run("inspectra:framework-deploy " + Fixtures.testFramework("2.0"), "admin");
        assertTrue(deployed, deployed.contains("Deployed framework testing 2.0"));
        admin.get("/frameworks/testing/versions/2.0").expect(200);
        String id = Fixtures.openInspection(admin.asLead(), "{\"localAuthority\":\"330\",\"framework\":\"testing\","
                + "\"frameworkVersion\":\"2.0\",\"type\":\"visit\",\"notifiedOn\":\"2025-08-18\"}").path("id").asText();

        // The same rule as DELETE /admin/frameworks/testing/versions/2.0: refused while an open inspection pins it.
        String refused = run("inspectra:framework-uninstall testing 2.0", "admin");
        assertTrue(refused, refused.contains("open inspection") || refused.contains("pin"));
        String retired = run("inspectra:framework-retire testing 2.0", "admin");
        assertTrue(retired, retired.contains("retired"));
        assertEquals("retired", admin.get("/frameworks/testing/versions/2.0").expect(200).json().path("status")
                .asText());
        String listed = run("inspectra:inspection-list --authority 330 --framework testing", "admin");
        assertTrue(listed, listed.contains(id));
    }

    @Test
    public void addsAUserWhosePasswordIsStoredHashedAndWhoSignsInOverHttp() throws Exception {
        String added = run("inspectra:user-add --password long-enough-secret shellead lead-inspector", "admin");
        assertTrue(added, added.contains("Added shellead"));
        Api.local().as("shellead", "long-enough-secret").get("/inspections").expect(200);
        Api.local().as("shellead", "wrong-secret").get("/inspections").problem(401);
        String users = Files.readString(Path.of(System.getProperty("karaf.etc"), "users.properties"));
        String line = users.lines().filter(l -> l.startsWith("shellead")).findFirst().orElseThrow();
        assertTrue(line, line.contains("{CRYPT}") && !line.contains("long-enough-secret"));
        String twice = run("inspectra:user-add --password long-enough-secret shellead inspector", "admin");
        assertTrue(twice, twice.contains("already has a user"));
        String badRole = run("inspectra:user-add --password long-enough-secret other superuser", "admin");
        assertTrue(badRole, badRole.contains("Unknown roles"));
    }

    @Test
    public void onlyAdministratorsRunTheCommands() throws Exception {
        for (String command : new String[] {"inspectra:framework-list", "inspectra:import-status",
                "inspectra:user-add --password long-enough-secret intruder admin"}) {
            String refused = run(command, "inspector");
            assertTrue(command + ": " + refused, refused.contains("administrators"));
        }
        Api.local().as("intruder", "long-enough-secret").get("/inspections").problem(401);
    }

    @Test
    public void importStatusAndAnOnlineBackupOfTheRunningDatabase() throws Exception {
        String imports = run("inspectra:import-status", "admin");
        assertTrue(imports, imports.contains("Inspection") && imports.contains("State"));
        Path folder = Files.createTempDirectory("inspectra-backup");
        String backedUp = run("inspectra:backup " + folder, "admin");
        if (TestDatabase.postgresql()) {
            assertTrue(backedUp, backedUp.contains("pg_dump --format=custom"));
        } else {
            assertTrue(backedUp, backedUp.contains("Backed up to"));
            assertTrue("Derby wrote its backup", Files.exists(folder.resolve("inspectra/service.properties")));
        }
        // The server goes on serving after the backup.
        admin.get("/inspections").expect(200);
    }

    /** Runs a command as a user holding one role, the way a shell session does, and returns what it printed. */
    private String run(String command, String role) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(role + "-user"));
        subject.getPrincipals().add(new RolePrincipal(role));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            executor.submit(() -> Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> {
                try {
                    Object result = session.execute(command);
                    if (result != null) {
                        out.println(result);
                    }
                } catch (Exception e) {
                    out.println("Error: " + e.getMessage());
                }
                return null;
            })).get(2, TimeUnit.MINUTES);
        } finally {
            executor.shutdownNow();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
