package org.inspectra.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an administrator does with PostgreSQL (docs/deployment.md), on the distribution as shipped: moving a Derby
 * installation with {@code bin/inspectra-copy-derby}, then the database going away and coming back. Run by the
 * failsafe execution {@code postgresql}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgreSqlOperationsIT {

    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    private final TestDatabase database = TestDatabase.createPostgreSql();
    private final KarafServer server = KarafServer.copyOfDistributionOnDerby(
            Path.of("target", "operations-server").toAbsolutePath());
    private Api api;
    private String inspection;

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    @Order(1)
    void aDerbyInstallationMovesToPostgreSqlWithTheCopyCommand() throws Exception {
        Api derby = server.startAndAwait(Duration.ofMinutes(4));
        Fixtures.deployTestFramework(derby.asAdmin(), "1.0");
        Fixtures.localAuthority(derby.asAdmin(), "330", "Birmingham");
        inspection = Fixtures.openInspection(derby.asLead(), "{\"localAuthority\":\"330\",\"framework\":\"sif\","
                + "\"type\":\"single-inspection\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
        StringBuilder list = new StringBuilder("Child unique ID,Gender\n");
        for (int i = 0; i < 2_500; i++) {
            list.append("M-").append(i).append(i % 2 == 0 ? ",F\n" : ",M\n");
        }
        derby.asLead().send("PUT", "/inspections/" + inspection + "/child-lists/list-8", "text/csv",
                list.toString().getBytes(StandardCharsets.UTF_8)).expect(200);
        derby.asLead().put("/inspections/" + inspection + "/judgements/overall-effectiveness",
                "{\"grade\":\"good\",\"version\":0}").expect(200);
        server.stop();

        Process copy = new ProcessBuilder("sh", server.home().resolve("bin/inspectra-copy-derby").toString(),
                database.url(), database.user()).redirectErrorStream(true).start();
        String output = new String(copy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(copy.waitFor(5, TimeUnit.MINUTES), output);
        assertEquals(0, copy.exitValue(), output);
        assertTrue(output.contains("every row count is equal"), output);
        assertTrue(output.matches("(?s).*child_list_row\\s+2500\\s+2500 ok.*"), output);

        api = server.onDatabase(database).startAndAwait(Duration.ofMinutes(4));
        JsonNode moved = api.asLead().get("/inspections/" + inspection).expect(200).json();
        assertEquals("330", moved.path("localAuthority").asText());
        JsonNode rows = api.asLead().get("/inspections/" + inspection + "/child-lists/list-8?gender=F")
                .expect(200).json();
        assertEquals(1_250, rows.path("count").asInt());
        assertEquals("good", grade(api));
        api.asLead().get("/frameworks/testing/versions/1.0").expect(200);
        // The copy is a working installation: new audited writes follow the copied ones.
        api.asAdmin().put("/local-authorities/331", "{\"name\":\"Solihull\"}").expect(201);
    }

    @Test
    @Order(2)
    void theDatabaseGoingAwayAnswers503AndTheNodeServesAgainWhenItIsBack() throws IOException {
        database.reachable(false);
        try {
            Api.Reply down = Api.until(() -> api.get("/health"), r -> r.status() == 503, Duration.ofMinutes(1),
                    "503 while the database is away");
            assertEquals("application/problem+json", down.contentType().split(";")[0]);
            api.asAdmin().put("/local-authorities/332", "{\"name\":\"Coventry\"}").problem(503);
        } finally {
            database.reachable(true);
        }
        Api.until(() -> api.get("/health"), r -> r.status() == 200, Duration.ofMinutes(2), "200 once it is back");
        api.asAdmin().put("/local-authorities/332", "{\"name\":\"Coventry\"}").expect(201);
        assertEquals("good", grade(api));
    }

    private String grade(Api node) {
        for (JsonNode j : node.asLead().get("/inspections/" + inspection + "/judgements").expect(200).json()) {
            if (j.path("id").asText().equals("overall-effectiveness")) {
                return j.path("grade").asText();
            }
        }
        return null;
    }
}
