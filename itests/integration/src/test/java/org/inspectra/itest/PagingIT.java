package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Paging over HTTP (API.md, Paging): every list that grows with use walked to its end through its Link rel="next"
 * while others write between pages, with no item seen twice and none that was there missed; limits out of range and
 * malformed cursors refused; the parameters and the header in the OpenAPI document.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PagingIT extends InspectraTestSupport {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"?next\"?");
    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    private Api admin;
    private Api lead;
    private Api inspector;

    @Before
    public void serverIsUp() {
        Api anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        admin = anonymous.asAdmin();
        lead = anonymous.asLead();
        inspector = anonymous.asInspector();
    }

    @Test
    public void inspectionsArePagedNewestNotificationFirstWhileOthersAreOpened() {
        Fixtures.localAuthority(admin, "701", "Paged");
        Fixtures.localAuthority(admin, "702", "Elsewhere");
        for (int i = 0; i < 17; i++) {
            open("701", LocalDate.of(2025, 3, 3).plusDays(i % 6 * 7));
        }
        open("702", LocalDate.of(2025, 3, 3));
        String query = "/inspections?localAuthority=701&framework=ilacs";
        List<String> before = ids(lead.get(query + "&limit=500").expect(200).json());
        assertEquals(17, before.size());

        List<JsonNode> walked = walk(lead, query + "&limit=4", 4, n -> {
            // Opened meanwhile: notified before, among and after what the pages read so far hold.
            open("701", LocalDate.of(2025, 1, 6));
            open("701", LocalDate.of(2025, 3, 17));
            open("701", LocalDate.of(2025, 6, 2));
        });
        assertSeenOnceInOrder(walked, before);
        LocalDate previous = LocalDate.MAX;
        for (JsonNode inspection : walked) {
            assertEquals("701", inspection.path("localAuthority").asText());
            LocalDate notified = LocalDate.parse(inspection.path("notifiedOn").asText());
            assertFalse("newest notification first", notified.isAfter(previous));
            previous = notified;
        }

        // A page this large goes compressed to a client that accepts gzip (as a browser does): the same JSON; and an
        // inspection opened after it was answered is on it when it is next asked for.
        String all = query + "&limit=500";
        Api.Reply plainPage = lead.get(all).expect(200);
        Api.Bytes gzipPage = lead.getBytes(all, "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipPage.header("Content-Encoding"));
        assertEquals(plainPage.body(), gunzip(gzipPage.body()));
        String opened = open("701", LocalDate.of(2025, 7, 7)).path("id").asText();
        List<String> again = ids(Api.parse(gunzip(lead.getBytes(all, "Accept-Encoding", "gzip").body())));
        assertEquals(ids(plainPage.json()).size() + 1, again.size());
        assertEquals("the newest notification first", opened, again.get(0));
    }

    private static String gunzip(byte[] gzip) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError("not gzip", e);
        }
    }

    @Test
    public void everyListOfAnInspectionIsPagedWhileTheTeamWrites() {
        Fixtures.localAuthority(admin, "703", "Busy");
        String id = open("703", LocalDate.of(2025, 9, 1)).path("id").asText();
        String criterion = lead.get("/frameworks/ilacs").expect(200).json().path("criteria").get(0).path("id")
                .asText();
        String evidence = "/inspections/" + id + "/evidence";
        String findings = "/inspections/" + id + "/findings";
        String concerns = "/inspections/" + id + "/concerns";
        String requests = "/inspections/" + id + "/information-requests";
        for (int i = 0; i < 11; i++) {
            inspector.post(evidence, evidenceBody(criterion, "Child " + i + " seen")).expect(201);
            inspector.post(findings, "{\"kind\":\"strength\",\"text\":\"Finding " + i + "\"}").expect(201);
            inspector.post(concerns, concern(LocalDate.of(2025, 9, 2 + i % 3))).expect(201);
            inspector.post(requests, request(i)).expect(201);
        }

        for (String list : List.of(evidence, findings, concerns, requests, "/inspections/" + id + "/audit")) {
            List<String> before = ids(lead.get(list + "?limit=500").expect(200).json());
            assertTrue(list + " has its items: " + before, before.size() >= 11);
            List<JsonNode> walked = walk(lead, list + "?limit=3", 3, n -> {
                if (n >= 3) {
                    // The audit trail gains four entries a round: stop writing, so the walk can end.
                    return;
                }
                inspector.post(evidence, evidenceBody(criterion, "Meanwhile " + n)).expect(201);
                inspector.post(findings, "{\"kind\":\"strength\",\"text\":\"Meanwhile " + n + "\"}").expect(201);
                inspector.post(concerns, concern(LocalDate.of(2025, 9, 3))).expect(201);
                inspector.post(requests, request(100 + n)).expect(201);
            });
            assertSeenOnceInOrder(walked, before);
        }

        // The filter stays on every page.
        List<JsonNode> ofCriterion = walk(lead, evidence + "?criterion=" + criterion + "&limit=7", 7, n -> {
        });
        assertTrue(ofCriterion.size() >= 11);
        ofCriterion.forEach(e -> assertEquals(criterion, e.path("criterion").asText()));
    }

    @Test
    public void localAuthoritiesArePagedByCodeAHundredAtATimeUnlessAskedOtherwise() {
        for (int code = 500; code < 620; code += 1) {
            Fixtures.localAuthority(admin, String.valueOf(code), "Authority " + code);
        }
        Api.Reply first = lead.get("/local-authorities").expect(200);
        assertEquals("the default page", 100, first.json().size());
        assertNotNull("a further page is announced", first.link());

        List<String> before = codes(lead.get("/local-authorities?limit=500").expect(200).json());
        List<JsonNode> walked = walk(lead, "/local-authorities?limit=30", 30, n ->
                Fixtures.localAuthority(admin, String.valueOf(620 + n), "Between " + n));
        List<String> seen = codes(walked);
        assertEquals("no code twice: " + seen, seen.size(), new HashSet<>(seen).size());
        assertEquals(before, seen.stream().filter(before::contains).toList());
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals("by code", sorted, seen);
    }

    @Test
    public void aLimitOutOfRangeOrAMalformedCursorIsABadRequest() {
        Fixtures.localAuthority(admin, "704", "Limits");
        String id = open("704", LocalDate.of(2025, 9, 1)).path("id").asText();
        for (String list : List.of("/inspections", "/local-authorities", "/inspections/" + id + "/evidence",
                "/inspections/" + id + "/findings", "/inspections/" + id + "/audit",
                "/inspections/" + id + "/concerns", "/inspections/" + id + "/information-requests")) {
            for (String limit : List.of("0", "-1", "501", "many", "1.5")) {
                JsonNode problem = lead.get(list + "?limit=" + limit).problem(400);
                assertEquals(list + "?limit=" + limit, "limit", problem.path("violations").get(0).path("field")
                        .asText());
            }
            lead.get(list + "?limit=500").expect(200);
            lead.get(list + "?limit=1").expect(200);
            for (String cursor : List.of("garbage!", "Zm9v", "aW5zcGVjdGlvbnN-eA")) {
                JsonNode problem = lead.get(list + "?cursor=" + cursor).problem(400);
                assertEquals(list + "?cursor=" + cursor, "cursor", problem.path("violations").get(0).path("field")
                        .asText());
            }
        }
        // A cursor one list gave means nothing to another.
        Fixtures.localAuthority(admin, "705", "Second");
        String next = lead.get("/local-authorities?limit=1").expect(200).link();
        Matcher link = NEXT.matcher(next);
        assertTrue(next, link.find());
        String cursor = URI.create(link.group(1)).getQuery().replaceAll(".*cursor=([^&]+).*", "$1");
        lead.get("/inspections?cursor=" + cursor).problem(400);
    }

    @Test
    public void theOpenApiDocumentDescribesLimitCursorAndTheLinkHeader() {
        JsonNode paths = Api.local().get("/openapi.json").expect(200).json().path("paths");
        for (String path : List.of("/inspections", "/local-authorities", "/inspections/{id}/evidence",
                "/inspections/{id}/findings", "/inspections/{id}/audit", "/inspections/{id}/concerns",
                "/inspections/{id}/information-requests")) {
            JsonNode get = paths.path(path).path("get");
            Set<String> parameters = new HashSet<>();
            get.path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
            assertTrue(path + " takes limit and cursor: " + parameters,
                    parameters.containsAll(List.of("limit", "cursor")));
            get.path("parameters").forEach(p -> {
                if (p.path("name").asText().equals("limit")) {
                    assertEquals(path, 500, p.path("schema").path("maximum").asInt());
                    assertEquals(path, 100, p.path("schema").path("default").asInt());
                }
            });
            JsonNode ok = get.path("responses").path("200");
            assertTrue(path + " documents the Link header: " + ok, ok.path("headers").has("Link"));
            assertEquals(path + " answers an array: " + ok, "array",
                    ok.path("content").path("application/json").path("schema").path("type").asText());
        }
    }

    /**
     * Follows Link rel="next" to the end, calling {@code between} after each page but the last; each Link keeps the
     * query's other parameters.
     */
    private static List<JsonNode> walk(Api api, String path, int limit, IntConsumer between) {
        List<JsonNode> seen = new ArrayList<>();
        String query = URI.create(path).getQuery();
        Api.Reply page = api.get(path).expect(200);
        for (int n = 0; n < 1000; n++) {
            JsonNode items = page.json();
            assertTrue("a JSON array: " + page.body(), items.isArray());
            assertTrue("at most " + limit + " a page", items.size() <= limit);
            items.forEach(seen::add);
            if (page.link() == null) {
                return seen;
            }
            Matcher next = NEXT.matcher(page.link());
            assertTrue("Link rel=next: " + page.link(), next.find());
            URI uri = URI.create(next.group(1));
            for (String parameter : query.split("&")) {
                assertTrue(uri + " keeps " + parameter, uri.getQuery().contains(parameter));
            }
            between.accept(n);
            page = api.get(uri.getRawPath().substring(uri.getRawPath().indexOf("/api/v1") + "/api/v1".length())
                    + "?" + uri.getRawQuery()).expect(200);
        }
        throw new AssertionError("the walk of " + path + " did not end");
    }

    private static void assertSeenOnceInOrder(List<JsonNode> walked, List<String> before) {
        List<String> ids = ids(walked);
        assertEquals("no item twice: " + ids, ids.size(), new HashSet<>(ids).size());
        assertEquals("every item there before, once, in order", before, ids.stream().filter(before::contains)
                .toList());
    }

    /** The items' ids; audit entries, which have none, by when and what. */
    private static List<String> ids(Iterable<JsonNode> items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.has("id") ? i.path("id").asText()
                : i.path("at").asText() + " " + i.path("action").asText() + " " + i.path("after").asText()));
        return ids;
    }

    private static List<String> codes(Iterable<JsonNode> authorities) {
        List<String> codes = new ArrayList<>();
        authorities.forEach(a -> codes.add(a.path("code").asText()));
        return codes;
    }

    private JsonNode open(String authority, LocalDate notifiedOn) {
        return Fixtures.openInspection(lead, "{\"localAuthority\":\"" + authority + "\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"" + notifiedOn + "\"," + TEAM + "}");
    }

    private static String evidenceBody(String criterion, String summary) {
        return InspectionWorkIT.evidence(criterion, summary, null);
    }

    private static String concern(LocalDate referredOn) {
        return "{\"category\":1,\"caseReferences\":[\"CH-0042\"],\"referredOn\":\"" + referredOn + "\",\"laTeam\":"
                + "\"Front door\",\"issues\":\"A child at risk was not seen within the timescale\",\"responseDue\":\""
                + referredOn.plusDays(2) + "\"}";
    }

    private static String request(int n) {
        return "{\"type\":\"case-information\",\"what\":\"The plan for CH-" + n + "\",\"why\":\"To track the "
                + "child's experience\",\"requiredBy\":\"2025-10-08\"}";
    }
}
