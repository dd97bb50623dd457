package org.inspectra.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inspectra:* commands through {@code bin/client} (Karaf's SSH client) against a server started as the README
 * starts it, run the way a script or cron job runs them, with no terminal on standard input: Karaf 4.4's client
 * closed such a session right after signing in ("Closed"), which the distribution's {@code bin/client} now prevents
 * (docs/operations.md). Database-independent, so it runs in the Derby execution only.
 */
class ShellClientIT {

    private KarafServer server;
    private String inspection;

    @BeforeEach
    void startServer() {
        server = KarafServer.copyOfDistributionOnDerby(Path.of("target", "shell-client-server").toAbsolutePath());
        Api admin = server.startAndAwait(Duration.ofMinutes(3)).asAdmin();
        Fixtures.localAuthority(admin, "330", "Birmingham");
        inspection = Fixtures.openInspection(admin.asLead(), "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-08-18\"}").path("id").asText();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void inspectraCommandsRunThroughBinClient() {
        KarafServer.ClientRun frameworks = server.client("admin", "admin", "inspectra:framework-list");
        assertEquals(0, frameworks.exitCode(), frameworks.output());
        for (String expected : new String[] {"Framework", "ilacs", "2018.12", "sif", "2015.06", "targeted",
                "inspectra-framework-ilacs", "active"}) {
            assertTrue(frameworks.output().contains(expected), expected + " in: " + frameworks.output());
        }

        KarafServer.ClientRun themes = server.client("admin", "admin", "inspectra:theme-list");
        assertEquals(0, themes.exitCode(), themes.output());
        assertTrue(themes.output().contains("cse-missing") && themes.output().contains("2016.01"), themes.output());

        KarafServer.ClientRun inspections = server.client("admin", "admin", "inspectra:inspection-list --authority 330");
        assertEquals(0, inspections.exitCode(), inspections.output());
        assertTrue(inspections.output().contains(inspection) && inspections.output().contains("ilacs"),
                inspections.output());

        // A user without the ssh role (etc/org.apache.karaf.shell.cfg, sshRole) cannot open a session at all.
        KarafServer.ClientRun lead = server.client("lead", "lead", "inspectra:framework-list");
        assertNotEquals(0, lead.exitCode(), lead.output());
        assertTrue(!lead.output().contains("inspectra-framework-ilacs"), lead.output());
    }
}
