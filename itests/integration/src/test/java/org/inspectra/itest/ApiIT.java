package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The REST contract of API.md over HTTP against the booted distribution: authentication and roles, problem+json
 * for bad input, local authorities, inspections pinned to a framework version and their working-day milestones.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiIT extends InspectraTestSupport {

    private Api anonymous;
    private Api admin;
    private Api lead;

    @Before
    public void serverIsUp() {
        anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        admin = anonymous.asAdmin();
        lead = anonymous.asLead();
        Fixtures.deployTestFramework(admin, "1.0");
        Fixtures.localAuthority(admin, "330", "Birmingham");
    }

    @Test
    public void healthAndOpenApiAnswerWithoutCredentials() {
        assertEquals("up", anonymous.get("/health").expect(200).json().path("status").asText());
        JsonNode openApi = anonymous.get("/openapi.json").expect(200).json();
        assertTrue(openApi.path("openapi").asText().startsWith("3."));
        JsonNode paths = openApi.path("paths");
        for (String path : List.of("/frameworks", "/frameworks/{id}", "/frameworks/{id}/versions/{version}",
                "/local-authorities", "/local-authorities/{code}", "/inspections", "/inspections/{id}",
                "/inspections/{id}/milestones", "/inspections/{id}/team", "/admin/frameworks",
                "/admin/frameworks/{id}/versions/{version}", "/health", "/inspections/{id}/evidence",
                "/inspections/{id}/evidence/{evidenceId}", "/inspections/{id}/evidence/{evidenceId}/history",
                "/inspections/{id}/coverage", "/inspections/{id}/findings", "/inspections/{id}/judgements",
                "/inspections/{id}/judgements/{judgementId}", "/inspections/{id}/status", "/inspections/{id}/audit",
                "/inspections/{id}/concerns", "/inspections/{id}/information-requests",
                "/inspections/{id}/lines-of-enquiry", "/local-authorities/{code}/pathway",
                "/inspections/{id}/documents", "/inspections/{id}/documents/{number}",
                "/inspections/{id}/report", "/inspections/{id}/context", "/inspections/{id}/context/{itemId}",
                "/inspections/{id}/summary", "/inspections/{id}/summary/{questionId}",
                "/inspections/{id}/child-lists/{listId}/import",
                "/admin/frameworks/{id}/themes/{themeId}/versions/{version}")) {
            assertTrue("OpenAPI document lists " + path + ": " + paths.fieldNames(), paths.has(path));
        }
    }

    @Test
    public void frameworkDocumentsCarryATagAndAnswerIfNoneMatchWith304() {
        Api.Tagged newest = lead.getTagged("/frameworks/ilacs", null);
        assertEquals(200, newest.status());
        assertNotNull("a framework document carries an ETag", newest.etag());
        assertTrue(newest.cacheControl(), newest.cacheControl().contains("no-cache"));
        Api.Tagged again = lead.getTagged("/frameworks/ilacs", newest.etag());
        assertEquals("still current", 304, again.status());
        assertEquals(newest.etag(), again.etag());
        assertEquals("", again.body());
        Api.Tagged version = lead.getTagged("/frameworks/ilacs/versions/2018.12", null);
        assertEquals("the same version, the same document", newest.etag(), version.etag());
        assertEquals(newest.body(), version.body());
        assertEquals(200, lead.getTagged("/frameworks/ilacs", "\"another\"").status());

        Api.Tagged all = lead.getTagged("/frameworks", null);
        assertEquals(200, all.status());
        assertEquals(304, lead.getTagged("/frameworks", all.etag()).status());
        assertEquals(304, lead.getTagged("/frameworks", "\"x\", " + all.etag()).status());
        assertEquals("no credentials, no document", 401, anonymous.getTagged("/frameworks", all.etag()).status());
    }

    /**
     * A large answer goes gzip-compressed to a client that accepts it, as a browser does, with its own strong tag;
     * revalidating with that tag is answered 304, and a client that asks for nothing gets the JSON as it is.
     */
    @Test
    public void largeAnswersGoCompressedToClientsThatAcceptGzip() throws Exception {
        Api.Tagged plain = lead.getTagged("/frameworks/ilacs", null);
        Api.Bytes gzip = lead.getBytes("/frameworks/ilacs", "Accept-Encoding", "gzip, deflate, br");
        assertEquals(200, gzip.status());
        assertEquals("gzip", gzip.header("Content-Encoding"));
        assertTrue(gzip.header("Vary"), gzip.header("Vary").contains("Accept-Encoding"));
        assertTrue("compressed: " + gzip.body().length, gzip.body().length < plain.body().length() / 3);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        String tag = gzip.header("ETag");
        assertEquals("the compressed form's tag", plain.etag().replaceAll("\"$", "--gzip\""), tag);
        Api.Bytes revalidated = lead.getBytes("/frameworks/ilacs", "Accept-Encoding", "gzip", "If-None-Match", tag);
        assertEquals(304, revalidated.status());
        assertEquals(tag, revalidated.header("ETag"));
        assertEquals("a plain revalidation with the compressed tag", 304,
                lead.getTagged("/frameworks/ilacs", tag).status());
        assertEquals("refused gzip", null, lead.getBytes("/frameworks/ilacs", "Accept-Encoding", "gzip;q=0")
                .header("Content-Encoding"));
        assertEquals("a small answer goes as it is", null,
                lead.getBytes("/frameworks", "Accept-Encoding", "gzip").header("Content-Encoding"));
    }

    @Test
    public void everyOtherEndpointNeedsCredentials() {
        for (String path : List.of("/frameworks", "/local-authorities", "/inspections", "/admin/frameworks")) {
            Api.Reply reply = anonymous.get(path);
            reply.problem(401);
            assertNotNull("401 asks for Basic credentials", reply.wwwAuthenticate());
            assertTrue(reply.wwwAuthenticate().startsWith("Basic"));
        }
        anonymous.as("admin", "wrong-password").get("/frameworks").problem(401);
        anonymous.as("nobody", "nothing").get("/frameworks").problem(401);
    }

    @Test
    public void theWrongRoleIsRefused() {
        Api inspector = anonymous.asInspector();
        Api laLink = anonymous.as("lalink", "lalink");
        inspector.put("/local-authorities/331", "{\"name\":\"Coventry\"}").problem(403);
        laLink.get("/admin/frameworks").problem(403);
        // A link person lists inspections, only its own authority's (docs/web.md): none of 331's.
        assertEquals(0, laLink.get("/inspections?localAuthority=331").expect(200).json().size());
        inspector.get("/admin/frameworks").problem(403);
        lead.send("POST", "/admin/frameworks", "application/java-archive", new byte[] {1, 2, 3}).problem(403);
        inspector.post("/inspections", inspection("2025-08-18")).problem(403);
        // Reading frameworks is open to every role.
        laLink.get("/frameworks").expect(200);
    }

    @Test
    public void badInputGetsAProblemAndNoStackTrace() {
        lead.post("/inspections", "{not json").problem(400);
        JsonNode unknownField = lead.post("/inspections",
                "{\"localAuthority\":\"330\",\"framework\":\"testing\",\"type\":\"visit\",\"notifiedOn\":\"2025-08-18\","
                        + "\"notifedOn\":\"x\"}").problem(400);
        assertEquals("notifedOn", unknownField.path("violations").get(0).path("field").asText());
        JsonNode missing = lead.post("/inspections", "{}").problem(400);
        List<String> fields = new ArrayList<>();
        missing.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("localAuthority", "framework", "type", "notifiedOn")));
        JsonNode badDate = lead.post("/inspections",
                "{\"localAuthority\":\"330\",\"framework\":\"testing\",\"type\":\"visit\",\"notifiedOn\":\"18/08/2025\"}")
                .problem(400);
        assertEquals("notifiedOn", badDate.path("violations").get(0).path("field").asText());
        lead.send("POST", "/inspections", "text/plain", "hello".getBytes()).problem(415);
        lead.get("/inspections/no-such-inspection").problem(404);
        lead.get("/no-such-resource").problem(404);
        admin.put("/local-authorities/33", "{\"name\":\"Too short\"}").problem(400);
        admin.put("/local-authorities/332", "{\"name\":\"\"}").problem(400);
        admin.put("/local-authorities/332", "").problem(400);
        admin.send("POST", "/admin/frameworks", "application/java-archive", "not a jar".getBytes()).problem(400);
    }

    @Test
    public void frameworkRulesRefuseWithUnprocessableContent() {
        JsonNode unknownFramework = lead.post("/inspections", inspection("2025-08-18").replace("\"testing\"",
                "\"no-such-framework\"")).problem(422);
        assertEquals("framework", unknownFramework.path("violations").get(0).path("field").asText());
        JsonNode unknownType = lead.post("/inspections", inspection("2025-08-18").replace("\"visit\"",
                "\"no-such-type\"")).problem(422);
        assertEquals("unknown-inspection-type", unknownType.path("violations").get(0).path("code").asText());
        lead.post("/inspections", inspection("2025-08-18").replace("\"330\"", "\"999\"")).problem(422);
    }

    @Test
    public void localAuthoritiesAreCreatedRenamedAndRead() {
        Api.Reply created = admin.put("/local-authorities/878", "{\"name\":\"Devon\"}").expect(201);
        assertTrue(created.location().endsWith("/local-authorities/878"));
        admin.put("/local-authorities/878", "{\"name\":\"Devon County Council\"}").expect(200);
        assertEquals("Devon County Council",
                lead.get("/local-authorities/878").expect(200).json().path("name").asText());
        boolean listed = false;
        for (JsonNode la : lead.get("/local-authorities").expect(200).json()) {
            listed |= la.path("code").asText().equals("878");
        }
        assertTrue(listed);
        lead.get("/local-authorities/999").problem(404);
    }

    @Test
    public void anInspectionIsPinnedAndDatedInWorkingDays() {
        Api.Reply reply = lead.post("/inspections", inspection("2025-08-18")).expect(201);
        JsonNode inspection = reply.json();
        String id = inspection.path("id").asText();
        assertTrue(reply.location().endsWith("/inspections/" + id));
        assertEquals("testing", inspection.path("framework").path("id").asText());
        assertEquals("1.0", inspection.path("framework").path("version").asText());
        assertEquals("notified", inspection.path("status").asText());
        assertEquals("lead", inspection.path("team").get(0).path("user").asText());

        // Notified Monday 18 August 2025; the summer bank holiday, Monday 25 August, is not a working day.
        JsonNode milestones = lead.get("/inspections/" + id + "/milestones").expect(200).json();
        assertEquals("2025-08-18", due(milestones, "notification"));
        assertEquals("2025-08-26", due(milestones, "fieldwork-start"));
        assertEquals("2025-09-01", due(milestones, "fieldwork-end"));
        assertEquals("2025-09-15", due(milestones, "publication"));
        assertEquals("2025-10-15", due(milestones, "complaints-close"));

        assertEquals(id, anonymous.asInspector().get("/inspections/" + id).expect(200).json().path("id").asText());
        JsonNode found = lead.get("/inspections?localAuthority=330&framework=testing&status=notified")
                .expect(200).json();
        boolean listed = false;
        for (JsonNode i : found) {
            listed |= i.path("id").asText().equals(id);
        }
        assertTrue(listed);
        lead.get("/inspections?status=nonsense").problem(400);
        assertEquals(0, lead.get("/inspections?localAuthority=878").expect(200).json().size());
    }

    @Test
    public void onlyTheLeadChangesTheTeam() {
        String id = Fixtures.openInspection(lead, inspection("2025-09-01")).path("id").asText();
        String team = "[{\"user\":\"lead\",\"role\":\"lead-inspector\"},{\"user\":\"inspector\",\"role\":\"inspector\"}]";
        JsonNode updated = lead.put("/inspections/" + id + "/team", team).expect(200).json();
        assertEquals(2, updated.path("team").size());
        anonymous.asInspector().put("/inspections/" + id + "/team", team).problem(403);
        lead.put("/inspections/" + id + "/team", "[{\"user\":\"a\",\"role\":\"lead-inspector\"},"
                + "{\"user\":\"b\",\"role\":\"lead-inspector\"}]").problem(400);
    }

    static String inspection(String notifiedOn) {
        return "{\"localAuthority\":\"330\",\"framework\":\"testing\",\"type\":\"visit\",\"notifiedOn\":\""
                + notifiedOn + "\"}";
    }

    static String due(JsonNode milestones, String id) {
        for (JsonNode m : milestones) {
            if (m.path("id").asText().equals(id)) {
                return m.path("due").asText();
            }
        }
        throw new AssertionError("no milestone " + id + " in " + milestones);
    }
}
