package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The defects a fuzz run and a contention run found on the landed distribution (issue 16), each reproduced over
 * HTTP: every error the server gives, Jetty's and CXF's own included, is application/problem+json with no
 * implementation detail; input the edge refuses never reaches the database and nothing refused is stored; eight team
 * members grading one judgement at once get one 200 and seven 409s, never a 500.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ErrorsIT extends InspectraTestSupport {

    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    private Api anonymous;
    private Api admin;
    private Api lead;

    @Before
    public void serverIsUp() {
        anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        admin = anonymous.asAdmin();
        lead = anonymous.asLead();
        Fixtures.localAuthority(admin, "330", "Birmingham");
    }

    @Test
    public void whatJettyAndCxfRefuseThemselvesIsAProblemDocument() {
        // A broken percent-encoding in the query: refused before credentials are read, not a 500 on every operation.
        anonymous.raw("GET", "/api/v1/frameworks?x=%zz", null).problem(400);
        admin.raw("GET", "/api/v1/inspections?x=%zz", null).problem(400);
        // A charset the JVM does not know: Jetty's 500 page named the servlet; now a 415 before authentication.
        anonymous.raw("PUT", "/api/v1/local-authorities/330", "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json; charset=bogus").problem(415);
        admin.raw("PUT", "/api/v1/inspections/x/child-lists/list-8", "Child ID\n".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/csv; charset=bogus").problem(415);
        // Jetty's own 400s for a NUL or an ambiguous path parameter in the path.
        anonymous.raw("GET", "/api/v1/inspections/a%00b", null).problem(400);
        admin.raw("GET", "/api/v1/inspections/..;/frameworks", null).problem(400);
        // CXF's "No service was found." outside /api/v1, and Jetty's 404 outside /api.
        anonymous.raw("GET", "/api/v2/frameworks", null).problem(404);
        admin.raw("DELETE", "/api/x", null).problem(404);
        anonymous.raw("GET", "/no/such/page", null).problem(404);
        // TRACE, refused like any method no resource takes.
        Api.Reply trace = anonymous.raw("TRACE", "/api/v1/health", null);
        trace.problem(405);
        assertNotNull("405 says what is allowed", trace.header("Allow"));
        // A browser asking for a page outside the API may get HTML, but never a servlet name or a stack trace.
        Api.Reply page = anonymous.raw("GET", "/no/such/page", null, "Accept", "text/html");
        assertEquals(404, page.status());
        for (String leak : List.of("Exception", "jetty", "Jetty", "Servlet", "servlet", "\tat ")) {
            assertFalse("the page leaks " + leak + ": " + page.body(), page.body().contains(leak));
        }
    }

    @Test
    public void theApiExplorerAnswersWithoutCredentialsOverTheOpenApiDocument() {
        Api.Document page = anonymous.getAs("/docs", "text/html").expect(200);
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.text(), page.text().contains("swagger-ui-bundle.js") && page.text().contains("openapi.json"));
        Api.Document script = anonymous.getAs("/docs/swagger-ui-bundle.js", "*/*").expect(200);
        assertTrue(script.body().length > 100_000);
        anonymous.getAs("/docs/swagger-ui.css", "*/*").expect(200);
        anonymous.get("/docs/index.html").problem(404);
        // Trying an operation from the explorer asks for credentials.
        assertTrue(anonymous.get("/inspections").problem(401) != null);
    }

    @Test
    public void datesAreCheckedAgainstTheCalendarBeforeAnythingIsStored() {
        int before = lead.get("/inspections").expect(200).json().size();
        JsonNode outside = lead.post("/inspections", inspection("\"1500-01-01\"")).problem(422);
        assertEquals("outside-calendar", outside.path("violations").get(0).path("code").asText());
        assertTrue(outside.path("violations").get(0).path("message").asText().contains("calendar"));
        for (String date : List.of("\"0000-01-01\"", "20260511", "-1", "\"-2026-05-11\"", "\"2026-05-11T10:00:00Z\"",
                "\"2026-02-30\"", "\"+12026-05-11\"", "null")) {
            JsonNode refused = lead.post("/inspections", inspection(date)).problem(400);
            assertEquals(date, "notifiedOn", refused.path("violations").get(0).path("field").asText());
        }
        // Nothing refused was stored: the listings still answer, with what they had.
        assertEquals(before, lead.get("/inspections").expect(200).json().size());
        lead.get("/inspections?framework=ilacs").expect(200);
        lead.get("/inspections?localAuthority=330").expect(200);
    }

    @Test
    public void nullsInListsOverlongValuesAndMarkupInUserNamesAreRefusedAtTheEdge() {
        String id = openIlacs();
        Api inspector = anonymous.asInspector();
        lead.put("/inspections/" + id + "/team", "[null]").problem(400);
        lead.put("/inspections/" + id + "/team", "[{\"user\":\"lead\",\"role\":\"" + "r".repeat(20_000) + "\"}]")
                .problem(400);
        JsonNode markup = lead.put("/inspections/" + id + "/team",
                "[{\"user\":\"lead\",\"role\":\"lead-inspector\"},{\"user\":\"<script>\",\"role\":\"inspector\"}]")
                .problem(400);
        assertEquals("[1].user", markup.path("violations").get(0).path("field").asText());
        lead.put("/inspections/" + id + "/team", "[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
                + "{\"user\":\"in\\u0001spector\",\"role\":\"inspector\"}]").problem(400);
        inspector.post("/inspections/" + id + "/concerns", "{\"category\":1,\"caseReferences\":[null],\"referredOn\":"
                + "\"2025-10-07\",\"laTeam\":\"Front door\",\"issues\":\"Not seen\",\"responseDue\":\"2025-10-09\"}")
                .problem(400);
        inspector.post("/inspections/" + id + "/information-requests", "{\"type\":\"case-list\",\"what\":\"x\","
                + "\"why\":\"y\",\"requiredBy\":20260511}").problem(400);
        String criterion = lead.get("/frameworks/ilacs").expect(200).json().path("criteria").get(0).path("id")
                .asText();
        inspector.post("/inspections/" + id + "/evidence", "{\"criterion\":\"" + criterion + "\",\"source\":\"file\","
                + "\"observedAt\":\"2025-09-01T10:00:00Z\",\"assessment\":\"strength\",\"summary\":\"Seen\","
                + "\"children\":[null]}").problem(400);
        inspector.post("/inspections/" + id + "/evidence", "{\"criterion\":\"" + criterion + "\",\"source\":\"file\","
                + "\"observedAt\":\"-999999999-01-01T00:00:00Z\",\"assessment\":\"strength\",\"summary\":\"Seen\"}")
                .problem(400);
        assertEquals(0, inspector.get("/inspections/" + id + "/evidence").expect(200).json().size());
        assertEquals(0, inspector.get("/inspections/" + id + "/concerns").expect(200).json().size());
        assertEquals(2, lead.get("/inspections/" + id).expect(200).json().path("team").size());
    }

    @Test
    public void anIdMatchesExactlyOrIsUnknown() {
        String id = openIlacs();
        Api inspector = anonymous.asInspector();
        lead.get("/inspections/" + id + "%20/judgements").problem(404);
        lead.put("/inspections/" + id + "%20/judgements/children-in-care", "{\"grade\":\"good\"}").problem(404);
        inspector.post("/inspections/" + id + "%20/findings", "{\"kind\":\"strength\",\"text\":\"Good\"}")
                .problem(404);
        inspector.post("/inspections/" + id + "%20/concerns", "{\"category\":1,\"caseReferences\":[\"CH-1\"],"
                + "\"referredOn\":\"2025-10-07\",\"laTeam\":\"Front door\",\"issues\":\"Not seen\","
                + "\"responseDue\":\"2025-10-09\"}").problem(404);
        lead.get("/local-authorities/330%20").problem(404);
        lead.get("/inspections/" + "x".repeat(5_000)).problem(404);
        assertEquals(0, inspector.get("/inspections/" + id + "/findings").expect(200).json().size());
        assertEquals(0, inspector.get("/inspections/" + id + "/concerns").expect(200).json().size());
    }

    @Test
    public void eightTeamMembersGradingOneJudgementAtOnceGetOneSuccessAndConflicts() throws Exception {
        int rounds = 10;
        String id = openIlacs();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // Ten rounds: one in thirty or so met the deadlock of reading the inspection before claiming its version
            // (fixed in JpaJudgementStore.save and Derby's deadlock check, migration V54).
            for (int round = 0; round < rounds; round++) {
                String body = "{\"grade\":\"" + (round % 2 == 0 ? "good" : "requires-improvement")
                        + "\",\"version\":" + round + "}";
                List<Callable<Api.Reply>> writers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Api who = i % 2 == 0 ? lead : anonymous.asInspector();
                    writers.add(() -> who.put("/inspections/" + id + "/judgements/children-in-care", body));
                }
                int ok = 0;
                for (Future<Api.Reply> f : pool.invokeAll(writers)) {
                    Api.Reply r = f.get();
                    if (r.status() == 200) {
                        ok++;
                    } else {
                        r.problem(409);
                    }
                }
                assertEquals("round " + round + ": one writer wins", 1, ok);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode judgements = lead.get("/inspections/" + id + "/judgements").expect(200).json();
        for (JsonNode j : judgements) {
            if (j.path("id").asText().equals("children-in-care")) {
                assertEquals(rounds, j.path("version").asInt());
            }
        }
    }

    @Test
    public void anInspectionAJudgementAndAnEvidenceRecordCarryAnETagAndAStaleIfMatchIs412() {
        String id = openIlacs();
        Api inspector = anonymous.asInspector();
        // The inspection: its ETag is its version; a team change with the tag read before another change is 412.
        Api.Reply inspection = lead.get("/inspections/" + id).expect(200);
        String tag = inspection.header("ETag");
        assertEquals("\"v" + inspection.json().path("version").asLong() + "\"", tag);
        String team = "[{\"user\":\"lead\",\"role\":\"lead-inspector\"},{\"user\":\"inspector\",\"role\":"
                + "\"inspector\"},{\"user\":\"inspector2\",\"role\":\"inspector\"}]";
        Api.Reply changed = lead.call("PUT", "/inspections/" + id + "/team", team, "If-Match", tag).expect(200);
        assertTrue(!tag.equals(changed.header("ETag")));
        lead.call("PUT", "/inspections/" + id + "/team", team, "If-Match", tag).problem(412);
        lead.call("PUT", "/inspections/" + id + "/status", "{\"status\":\"fieldwork\"}", "If-Match", tag)
                .problem(412);
        assertEquals("notified", lead.get("/inspections/" + id).expect(200).json().path("status").asText());

        // A judgement: GET one, grade with its ETag, the old ETag no longer matches; the version field still works.
        Api.Reply judgement = lead.get("/inspections/" + id + "/judgements/children-in-care").expect(200);
        assertEquals("\"v0\"", judgement.header("ETag"));
        Api.Reply graded = lead.call("PUT", "/inspections/" + id + "/judgements/children-in-care",
                "{\"grade\":\"good\"}", "If-Match", "\"v0\"").expect(200);
        assertEquals("\"v1\"", graded.header("ETag"));
        lead.call("PUT", "/inspections/" + id + "/judgements/children-in-care", "{\"grade\":\"inadequate\"}",
                "If-Match", "\"v0\"").problem(412);
        lead.put("/inspections/" + id + "/judgements/children-in-care", "{\"grade\":\"inadequate\",\"version\":0}")
                .problem(409);
        assertEquals("good", lead.get("/inspections/" + id + "/judgements/children-in-care").expect(200).json()
                .path("grade").asText());
        lead.get("/inspections/" + id + "/judgements/no-such-judgement").problem(404);

        // An evidence record: its ETag is its revision.
        String criterion = lead.get("/frameworks/ilacs").expect(200).json().path("criteria").get(0).path("id")
                .asText();
        String body = "{\"criterion\":\"" + criterion + "\",\"source\":\"case file\",\"observedAt\":"
                + "\"2025-09-01T10:00:00Z\",\"assessment\":\"strength\",\"summary\":\"Seen alone\"}";
        Api.Reply recorded = inspector.post("/inspections/" + id + "/evidence", body).expect(201);
        String evidenceId = recorded.json().path("id").asText();
        String first = recorded.header("ETag");
        assertEquals(first, inspector.get("/inspections/" + id + "/evidence/" + evidenceId).expect(200)
                .header("ETag"));
        Api.Reply revised = inspector.call("PUT", "/inspections/" + id + "/evidence/" + evidenceId, body,
                "If-Match", first).expect(200);
        assertTrue(!first.equals(revised.header("ETag")));
        inspector.call("PUT", "/inspections/" + id + "/evidence/" + evidenceId, body, "If-Match", first).problem(412);
        assertEquals(2, inspector.get("/inspections/" + id + "/evidence/" + evidenceId + "/history").expect(200)
                .json().size());
    }

    @Test
    public void aListWithMoreColumnsThanAnyListHasIsRefusedAt413() {
        String id = lead.post("/inspections", "{\"localAuthority\":\"330\",\"framework\":\"sif\",\"type\":"
                + "\"single-inspection\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").expect(201).json()
                .path("id").asText();
        String wide = "Child ID" + ",Note".repeat(20_000) + "\nC1\n";
        lead.send("PUT", "/inspections/" + id + "/child-lists/list-8", "text/csv",
                wide.getBytes(StandardCharsets.UTF_8)).problem(413);
    }

    private String openIlacs() {
        return Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":"
                + "\"standard\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
    }

    private static String inspection(String notifiedOn) {
        return "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":\"standard\",\"notifiedOn\":"
                + notifiedOn + "}";
    }
}
