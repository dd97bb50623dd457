package org.inspectra.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two distributions, each with its own ports and data folder, on one PostgreSQL database, as docs/deployment.md sets
 * them up behind a load balancer: what one node writes or deploys, the other serves. Run by the failsafe execution
 * {@code postgresql} only. The tests run in order on the same two nodes; the last ones kill node A and start it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIT {

    private static final String CSV = "text/csv";
    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    private final TestDatabase database = TestDatabase.createPostgreSql();
    private KarafServer nodeA;
    private KarafServer nodeB;
    private Api a;
    private Api b;
    private String inspection;

    @BeforeAll
    void startTwoNodes() {
        nodeA = KarafServer.copyOfDistribution(Path.of("target", "node-a").toAbsolutePath()).onDatabase(database);
        nodeB = KarafServer.copyOfDistribution(Path.of("target", "node-b").toAbsolutePath()).onDatabase(database);
        // Started together: the schema is migrated once, under Flyway's lock, while the other waits.
        nodeA.start();
        nodeB.start();
        a = nodeA.awaitUp(Duration.ofMinutes(4));
        b = nodeB.awaitUp(Duration.ofMinutes(4));
    }

    @AfterAll
    void stopNodes() {
        for (KarafServer node : new KarafServer[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void aFrameworkBundleDeployedThroughOneNodeServesOnTheOtherWithinFiveSeconds() throws Exception {
        b.asAdmin().get("/frameworks/testing/versions/1.0").problem(404);
        a.asAdmin().postFile("/admin/frameworks", "application/java-archive", Fixtures.testFramework("1.0"))
                .expect(201);
        Instant deployed = Instant.now();
        JsonNode served = Api.until(() -> b.asLead().get("/frameworks/testing/versions/1.0"),
                r -> r.status() == 200, Duration.ofSeconds(5), "node B serves testing 1.0").json();
        assertEquals("1.0", served.path("version").asText());
        assertTrue(Duration.between(deployed, Instant.now()).compareTo(Duration.ofSeconds(5)) <= 0);
    }

    @Test
    @Order(2)
    void anInspectionWrittenOnOneNodeIsReadOnTheOther() {
        Fixtures.localAuthority(a.asAdmin(), "330", "Birmingham");
        inspection = Fixtures.openInspection(a.asLead(), "{\"localAuthority\":\"330\",\"framework\":\"sif\","
                + "\"type\":\"single-inspection\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
        JsonNode read = b.asLead().get("/inspections/" + inspection).expect(200).json();
        assertEquals("330", read.path("localAuthority").asText());
        assertEquals("sif", read.path("framework").path("id").asText());
        assertEquals("Birmingham", b.asLead().get("/local-authorities/330").expect(200).json().path("name").asText());
    }

    @Test
    @Order(3)
    void theSameJudgementGradedOnBothNodesAtOnceStoresOneGradeAndRefusesTheOther() throws Exception {
        String judgement = "/inspections/" + inspection + "/judgements/overall-effectiveness";
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService graders = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Reply> onA = graders.submit(() -> {
                go.await();
                return a.asLead().put(judgement, "{\"grade\":\"good\",\"version\":0}");
            });
            Future<Api.Reply> onB = graders.submit(() -> {
                go.await();
                return b.asLead().put(judgement, "{\"grade\":\"requires-improvement\",\"version\":0}");
            });
            go.countDown();
            List<Api.Reply> replies = List.of(onA.get(2, TimeUnit.MINUTES), onB.get(2, TimeUnit.MINUTES));
            List<Integer> statuses = new ArrayList<>(replies.stream().map(Api.Reply::status).sorted().toList());
            assertEquals(200, statuses.get(0), replies.toString());
            assertTrue(statuses.get(1) == 409 || statuses.get(1) == 412, replies.toString());

            String winner = replies.get(0).status() == 200 ? "good" : "requires-improvement";
            for (Api node : List.of(a, b)) {
                JsonNode stored = null;
                for (JsonNode j : node.asLead().get("/inspections/" + inspection + "/judgements").expect(200).json()) {
                    if (j.path("id").asText().equals("overall-effectiveness")) {
                        stored = j;
                    }
                }
                assertEquals(winner, stored.path("grade").asText(), String.valueOf(stored));
                assertEquals(1, stored.path("version").asLong(), "one grade stored, none lost over another");
            }
        } finally {
            graders.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void aNodeKilledInTheMiddleOfAnUploadLeavesTheOtherServingThePreviousListWhole() throws Exception {
        String list = "/inspections/" + inspection + "/child-lists/list-8";
        a.asLead().send("PUT", list, CSV, "Child unique ID,Gender\nP-1,F\nP-2,M\nP-3,F\n"
                .getBytes(StandardCharsets.UTF_8)).expect(200);

        StringBuilder head = new StringBuilder("Child unique ID,Gender\r\n");
        for (int i = 0; i < 4_000; i++) {
            head.append("K-").append(i).append(",F\r\n");
        }
        byte[] first = head.toString().getBytes(StandardCharsets.UTF_8);
        CountDownLatch sent = new CountDownLatch(1);
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            client.submit(() -> {
                // Half the declared body, then silence: node A is reading, and its transaction is open, when it dies.
                HttpURLConnection put = a.asLead().streaming("PUT", list, CSV, first.length * 2L);
                try (OutputStream out = put.getOutputStream()) {
                    out.write(first);
                    out.flush();
                    sent.countDown();
                    Thread.sleep(Duration.ofMinutes(5).toMillis());
                }
                return null;
            });
            assertTrue(sent.await(1, TimeUnit.MINUTES));
            // Node B sees the upload running from what node A saved of its progress.
            JsonNode running = Api.until(() -> b.asLead().get(list + "/import"), r -> r.status() == 200
                    && r.json().path("state").asText().equals("running") && r.json().path("rowsRead").asLong() > 0,
                    Duration.ofMinutes(1), "node B sees node A's upload running").json();
            assertEquals("lead", running.path("startedBy").asText());

            nodeA.kill();

            JsonNode rows = b.asLead().get(list).expect(200).json();
            assertEquals(3, rows.path("count").asInt(), rows.toString());
            assertEquals(3, b.asLead().get(list).expect(200).json().path("rows").size());
            // Nothing saves the upload any more: node B reports it failed once it has gone unsaved.
            JsonNode abandoned = Api.until(() -> b.asLead().get(list + "/import"),
                    r -> r.json().path("state").asText().equals("failed"), Duration.ofMinutes(2),
                    "node B reports the upload failed").json();
            assertEquals(running.path("importId").asText(), abandoned.path("importId").asText());
        } finally {
            client.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void aNodeStartedAgainCatchesUpWithABundleDeployedWhileItWasDown() {
        assertFalse(nodeA.running());
        b.asAdmin().postFile("/admin/frameworks", "application/java-archive", Fixtures.testFramework("2.0"))
                .expect(201);

        Api restarted = nodeA.startAndAwait(Duration.ofMinutes(4));
        Api.until(() -> restarted.asLead().get("/frameworks/testing/versions/2.0"), r -> r.status() == 200,
                Duration.ofMinutes(1), "node A serves testing 2.0 after its restart");
        restarted.asLead().get("/frameworks/testing/versions/1.0").expect(200);
        assertEquals(3, restarted.asLead().get("/inspections/" + inspection + "/child-lists/list-8").expect(200)
                .json().path("count").asInt());
    }
}
