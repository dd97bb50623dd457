package org.inspectra.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data survives a restart of the server as shipped: the test copies the built distribution, starts it as an
 * operating-system process the way the README does, writes through the API, stops it and starts it again.
 * (Pax Exam cannot restart the container it runs in, so this one test drives the process from outside.)
 */
class RestartIT {

    private KarafServer server;

    @BeforeEach
    void copyDistribution() {
        server = KarafServer.copyOfDistribution(Path.of("target", "restart-server").toAbsolutePath());
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void localAuthoritiesInspectionsAndDeployedFrameworksSurviveARestart() {
        Api admin = server.startAndAwait(Duration.ofMinutes(3)).asAdmin();
        Fixtures.deployTestFramework(admin, "1.0");
        Fixtures.localAuthority(admin, "330", "Birmingham");
        String id = Fixtures.openInspection(admin.asLead(), ApiIT.inspection("2025-08-18")).path("id").asText();

        server.stop();
        assertFalse(server.running(), "the server process is gone");

        Api lead = server.startAndAwait(Duration.ofMinutes(3)).asLead();
        assertEquals("Birmingham", lead.get("/local-authorities/330").expect(200).json().path("name").asText());
        JsonNode inspection = lead.get("/inspections/" + id).expect(200).json();
        assertEquals("1.0", inspection.path("framework").path("version").asText());
        assertEquals("2025-08-26", ApiIT.due(lead.get("/inspections/" + id + "/milestones").expect(200).json(),
                "fieldwork-start"));
    }
}
