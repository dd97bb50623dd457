package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
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
 * What the browser application needs of the API, over HTTP on the distribution as shipped (docs/web.md): signing in
 * and out with a session cookie, the anti-forgery token and origin check on writes made through it, the 401 that
 * keeps the browser's own dialog away, the judgement what-if check, "my inspections" and a link person's list, and
 * the application itself at the root.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebApiIT extends InspectraTestSupport {

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
        Fixtures.localAuthority(admin, "331", "Coventry");
    }

    @Test
    public void signingInSetsAnHttpOnlyStrictCookieThatSignOutEnds() {
        Api.Reply signedIn = anonymous.post("/session", "{\"user\":\"lead\",\"password\":\"lead\"}").expect(201);
        String setCookie = signedIn.header("Set-Cookie");
        assertNotNull("a session cookie", setCookie);
        assertTrue(setCookie, setCookie.matches("inspectra-session=[A-Za-z0-9_-]{43}; Path=/; Max-Age=\\d+; "
                + "HttpOnly; SameSite=Strict"));
        long maxAge = Long.parseLong(setCookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
        assertTrue("ten hours by default: " + maxAge, maxAge > 35_900 && maxAge <= 36_000);
        JsonNode session = signedIn.json();
        assertEquals("lead", session.path("user").asText());
        assertEquals("lead-inspector", session.path("roles").get(0).asText());
        String csrf = session.path("csrfToken").asText();
        assertEquals(43, csrf.length());

        Api browser = browser(setCookie);
        JsonNode current = browser.get("/session").expect(200).json();
        assertEquals(csrf, current.path("csrfToken").asText());
        assertEquals(1, browser.get("/frameworks").expect(200).json().findValues("id").stream()
                .filter(n -> n.asText().equals("ilacs")).count());

        browser.header("X-CSRF-Token", csrf).delete("/session").expect(204);
        browser.get("/session").problem(401);
        browser.get("/frameworks").problem(401);
    }

    @Test
    public void aRefusedSignInSaysWhichFieldAndSetsNoCookie() {
        Api.Reply refused = anonymous.post("/session", "{\"user\":\"lead\",\"password\":\"wrong\"}");
        JsonNode problem = refused.problem(401);
        assertNull(refused.header("Set-Cookie"));
        assertNull("no Basic challenge on signing in", refused.wwwAuthenticate());
        assertEquals("password", problem.path("violations").get(0).path("field").asText());
        anonymous.post("/session", "{\"user\":\"\",\"password\":\"x\"}").problem(400);
        anonymous.post("/session", "{\"user\":\"lead\",\"password\":\"lead\"}").expect(201);
    }

    @Test
    public void theApplicationsRequestsGetNoBasicChallenge() {
        assertEquals("Basic realm=\"inspectra\", charset=\"UTF-8\"",
                anonymous.get("/inspections").wwwAuthenticate());
        Api.Reply fromTheApplication = anonymous.header("X-Requested-With", "inspectra").get("/inspections");
        fromTheApplication.problem(401);
        assertNull(fromTheApplication.wwwAuthenticate());
        lead.get("/session").problem(404);
    }

    @Test
    public void aWriteThroughTheSessionNeedsItsTokenAndThisServersOrigin() {
        Api.Reply signedIn = anonymous.post("/session", "{\"user\":\"lead\",\"password\":\"lead\"}").expect(201);
        String csrf = signedIn.json().path("csrfToken").asText();
        Api browser = browser(signedIn.header("Set-Cookie"));
        String body = "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":\"standard\","
                + "\"notifiedOn\":\"2025-09-15\"," + TEAM + "}";
        int before = lead.get("/inspections").expect(200).json().size();

        assertTrue(browser.post("/inspections", body).problem(403).path("detail").asText().contains("X-CSRF-Token"));
        browser.header("X-CSRF-Token", "forged").post("/inspections", body).problem(403);
        browser.header("X-CSRF-Token", csrf).header("Origin", "http://evil.example").post("/inspections", body)
                .problem(403);
        browser.header("X-CSRF-Token", csrf).header("Sec-Fetch-Site", "cross-site").post("/inspections", body)
                .problem(403);
        anonymous.header("Origin", "http://evil.example")
                .post("/session", "{\"user\":\"lead\",\"password\":\"lead\"}").problem(403);
        assertEquals(before, lead.get("/inspections").expect(200).json().size());

        String origin = "http://localhost:" + System.getProperty(PORT_PROPERTY);
        browser.header("X-CSRF-Token", csrf).header("Origin", origin).post("/inspections", body).expect(201);
        browser.header("X-CSRF-Token", csrf).post("/inspections", body).expect(201);
        assertEquals(before + 2, lead.get("/inspections").expect(200).json().size());
    }

    @Test
    public void theWhatIfCheckAnswersLikeGradingAndSavesNothing() {
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-09-08\"," + TEAM + "}").path("id").asText();
        String judgements = "/inspections/" + id + "/judgements";
        lead.put(judgements + "/help-and-protection", "{\"grade\":\"inadequate\"}").expect(200);

        // 000 §100 (hard): overall effectiveness is inadequate where a practice judgement is.
        JsonNode refused = lead.post(judgements + "/overall-effectiveness/check", "{\"grade\":\"good\"}")
                .expect(200).json();
        assertFalse(refused.path("allowed").asBoolean());
        assertEquals("hard", refused.path("refusals").get(0).path("strength").asText());
        assertTrue(refused.toString(), refused.path("refusals").get(0).path("source").asText().contains("§"));
        String hardRule = refused.path("refusals").get(0).path("rule").asText();
        JsonNode graded = lead.put(judgements + "/overall-effectiveness", "{\"grade\":\"good\"}").problem(422);
        assertEquals(hardRule, graded.path("violations").get(0).path("code").asText());

        // 000 §101 (soft): leaders good beside an inadequate practice judgement warns.
        JsonNode warned = lead.post(judgements + "/impact-of-leaders/check", "{\"grade\":\"good\"}").expect(200)
                .json();
        assertTrue(warned.path("allowed").asBoolean());
        assertFalse(warned.path("warnings").isEmpty());
        assertEquals("inadequate", lead.post(judgements + "/overall-effectiveness/check",
                "{\"grade\":\"inadequate\"}").expect(200).json().path("grade").asText());

        for (JsonNode j : lead.get(judgements).expect(200).json()) {
            if (!j.path("id").asText().equals("help-and-protection")) {
                assertTrue("nothing saved: " + j, j.path("grade").isNull());
            }
        }
        JsonNode offScale = lead.post(judgements + "/overall-effectiveness/check", "{\"grade\":\"adequate\"}")
                .problem(422);
        assertEquals("grade-not-on-scale", offScale.path("violations").get(0).path("code").asText());
        lead.post(judgements + "/overall-effectiveness/check", "{}").problem(400);
        anonymous.as("inspector2", "inspector2").post(judgements + "/overall-effectiveness/check",
                "{\"grade\":\"good\"}").problem(403);
        String focused = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                + "\"type\":\"focused-visit\",\"notifiedOn\":\"2025-09-08\",\"topics\":[\"front-door\"]," + TEAM
                + "}").path("id").asText();
        lead.post("/inspections/" + focused + "/judgements/overall-effectiveness/check", "{\"grade\":\"good\"}")
                .problem(409);
    }

    @Test
    public void theNameCheckWarnsBeforeSavingAsRecordingWould() {
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-09-22\"," + TEAM + "}").path("id").asText();
        String check = "/inspections/" + id + "/evidence/name-check";
        // 000 §192: no names of children, family or staff in evidence.
        JsonNode named = anonymous.asInspector().post(check, "{\"summary\":\"Jayden Smith was seen alone\","
                + "\"source\":\"case file\"}").expect(200).json();
        assertTrue(named.toString(), named.path("warnings").get(0).asText().startsWith("summary: "));
        assertTrue(named.toString(), named.path("warnings").toString().contains("Jayden Smith"));
        assertEquals(0, lead.post(check, "{\"summary\":\"Child A was seen alone\"}").expect(200).json()
                .path("warnings").size());
        assertTrue(lead.get("/inspections/" + id + "/evidence").expect(200).json().isEmpty());
        anonymous.as("inspector2", "inspector2").post(check, "{\"summary\":\"x\"}").problem(403);
    }

    @Test
    public void myInspectionsAreThoseWhoseTeamIncludesMeAndALinkPersonListsOnlyItsOwnAuthority() {
        String ours = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-10-06\"," + TEAM + "}").path("id").asText();
        String coventry = Fixtures.openInspection(lead, "{\"localAuthority\":\"331\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-10-06\",\"team\":[{\"user\":\"lead\","
                + "\"role\":\"lead-inspector\"}]}").path("id").asText();

        List<String> mine = ids(anonymous.asInspector().get("/inspections?member=me").expect(200).json());
        assertTrue(mine.contains(ours));
        assertFalse(mine.contains(coventry));
        assertTrue(ids(anonymous.as("inspector2", "inspector2").get("/inspections?member=me").expect(200).json())
                .isEmpty());
        assertTrue(ids(lead.get("/inspections?member=me").expect(200).json()).containsAll(List.of(ours, coventry)));
        lead.get("/inspections?member=someone-else").problem(400);

        JsonNode birmingham = anonymous.as("lalink", "lalink").get("/inspections").expect(200).json();
        assertTrue(ids(birmingham).contains(ours));
        for (JsonNode i : birmingham) {
            assertEquals("330", i.path("localAuthority").asText());
        }
        assertTrue(ids(anonymous.as("lalink", "lalink").get("/inspections?localAuthority=331").expect(200)
                .json()).isEmpty());
        List<String> coventrys = ids(anonymous.as("lalink2", "lalink2").get("/inspections").expect(200).json());
        assertTrue(coventrys.contains(coventry));
        assertFalse(coventrys.contains(ours));
    }

    @Test
    public void theRootAnswersWithTheApplicationAndItsGovukFrontend() {
        Api web = Api.atRoot(Integer.parseInt(System.getProperty(PORT_PROPERTY)));
        Api.Reply root = web.get("/");
        root.expect(200);
        assertTrue(root.contentType(), root.contentType().startsWith("text/html"));
        assertTrue(root.body().contains("/app/main.js"));
        assertTrue(root.header("Content-Security-Policy").contains("script-src 'self'"));
        assertEquals(root.body(), web.get("/inspections/any-id/evidence").expect(200).body());
        assertTrue(web.get("/govuk/govuk-frontend.min.css").expect(200).contentType().startsWith("text/css"));
        assertTrue(web.get("/app/main.js").expect(200).contentType().startsWith("text/javascript"));
        web.get("/app/nothing-here.js").expect(404);
        // The API is still CXF's.
        assertEquals("up", web.get("/api/v1/health").expect(200).json().path("status").asText());
    }

    private Api browser(String setCookie) {
        return anonymous.header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                .header("X-Requested-With", "inspectra");
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
