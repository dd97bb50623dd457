package org.inspectra.itest;

import static org.inspectra.itest.InspectionWorkIT.due;
import static org.inspectra.itest.InspectionWorkIT.evidence;
import static org.inspectra.itest.InspectionWorkIT.grade;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
 * Targeted inspections with pluggable deep-dive themes (issue 7) against the booted distribution: the shipped
 * {@code cse-missing} theme, and a theme deployed over HTTP at runtime in two versions, an inspection keeping the
 * version it started with.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThemesIT extends InspectraTestSupport {

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
        Fixtures.localAuthority(admin, "330", "Birmingham");
    }

    @Test
    public void aCseMissingInspectionCountsItsDaysAcrossEasterGradesNothingAndTakesTheThemesCriteria() {
        JsonNode targeted = lead.get("/frameworks/targeted").expect(200).json();
        JsonNode cseMissing = theme(targeted, "cse-missing");
        assertEquals("2016.01", cseMissing.path("version").asText());
        assertTrue(cseMissing.path("title").asText().contains("child sexual exploitation"));
        assertFalse("ILACS takes no themes", lead.get("/frameworks/ilacs").expect(200).json().has("themes"));

        // 003 §9 table: notification on Tuesday 15 April 2025 is day 0; Good Friday and Easter Monday are not
        // working days, so day 3 is the Tuesday after Easter.
        JsonNode inspection = Fixtures.openInspection(lead, targeted("cse-missing", "2025-04-15"));
        assertEquals("cse-missing", inspection.path("theme").asText());
        assertEquals("2016.01", inspection.path("themeVersion").asText());
        assertEquals("2025-04-16", due(inspection, "day-1"));
        assertEquals("2025-04-17", due(inspection, "day-2"));
        assertEquals("2025-04-22", due(inspection, "day-3"));
        assertEquals("2025-04-30", due(inspection, "fieldwork-start"));
        String id = inspection.path("id").asText();
        assertEquals("2016.01", lead.get("/inspections/" + id).expect(200).json().path("themeVersion").asText());

        // 003 §84-89: a letter of findings, no grades.
        lead.put("/inspections/" + id + "/judgements/overall-effectiveness", grade("good", null)).problem(409);

        // Evidence goes against the front door's criteria and the theme's alike; coverage counts both.
        inspector.post("/inspections/" + id + "/evidence", evidence("esn-01", "Contacts are screened", null))
                .expect(201);
        inspector.post("/inspections/" + id + "/evidence", evidence("cse-missing-urgent-plan",
                "Child A has a plan of urgent action after going missing", null)).expect(201);
        JsonNode coverage = inspector.get("/inspections/" + id + "/coverage").expect(200).json();
        List<String> criteria = new ArrayList<>();
        coverage.path("criteria").forEach(c -> criteria.add(c.path("criterion").asText()));
        assertEquals(22 + 7, criteria.size());
        assertTrue(criteria.contains("cse-missing-thresholds") && criteria.contains("esn-22"));
        assertFalse(coverage.path("uncovered").toString().contains("cse-missing-urgent-plan"));

        JsonNode detail = lead.get("/frameworks/targeted/themes/cse-missing").expect(200).json();
        assertEquals(7, detail.path("criteria").size());
        assertEquals("003 §52", detail.path("criteria").get(0).path("source").asText());
        assertEquals("cse-missing-children", detail.path("childList").path("id").asText());
        assertEquals(5, detail.path("informationRequest").size());
        lead.get("/frameworks/targeted/themes/cse-missing/versions/2016.01").expect(200);
        lead.get("/frameworks/targeted/themes/neglect").problem(404);
    }

    @Test
    public void aThemeNotTakenOrNotInstalledIsRefused() {
        JsonNode unknown = lead.post("/inspections", targeted("neglect", "2025-04-15")).problem(422);
        assertEquals("unknown-theme", code(unknown, "theme"));
        JsonNode notTaken = lead.post("/inspections", "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-08-18\",\"theme\":\"cse-missing\"," + TEAM + "}")
                .problem(422);
        assertEquals("theme-not-taken", code(notTaken, "theme"));
        lead.post("/inspections", targeted("Not Kebab", "2025-04-15")).problem(400);
    }

    @Test
    public void aThemeDeployedAtRuntimeIsSelectableAndAnInspectionKeepsItsVersionThroughAnUpdate() {
        assertEquals("unknown-theme", code(lead.post("/inspections", targeted("test-deep-dive", "2025-04-15"))
                .problem(422), "theme"));

        Api.Reply first = admin.postFile("/admin/frameworks", "application/java-archive", Fixtures.testTheme("1.0"))
                .expect(201);
        assertEquals("1.0", first.json().get(0).path("version").asText());
        assertTrue(first.location(),
                first.location().endsWith("/frameworks/targeted/themes/test-deep-dive/versions/1.0"));
        assertEquals("1.0", theme(lead.get("/frameworks/targeted").expect(200).json(), "test-deep-dive")
                .path("version").asText());

        JsonNode pinned = Fixtures.openInspection(lead, targeted("test-deep-dive", "2025-04-15"));
        assertEquals("1.0", pinned.path("themeVersion").asText());
        String pinnedId = pinned.path("id").asText();

        admin.postFile("/admin/frameworks", "application/java-archive", Fixtures.testTheme("2.0")).expect(201);
        JsonNode offered = theme(lead.get("/frameworks/targeted").expect(200).json(), "test-deep-dive");
        assertEquals("2.0", offered.path("version").asText());
        assertEquals("[\"1.0\",\"2.0\"]", offered.path("versions").toString());
        assertEquals("cse-missing still offered", "2016.01",
                theme(lead.get("/frameworks/targeted").expect(200).json(), "cse-missing").path("version").asText());

        // The running inspection keeps 1.0: its criteria, not 2.0's.
        assertEquals("1.0", lead.get("/inspections/" + pinnedId).expect(200).json().path("themeVersion").asText());
        assertEquals("unknown-criterion", code(inspector.post("/inspections/" + pinnedId + "/evidence",
                evidence("test-deep-dive-v2-only", "Seen", null)).problem(422), "criterion"));
        inspector.post("/inspections/" + pinnedId + "/evidence", evidence("test-deep-dive-practice", "Seen", null))
                .expect(201);

        // A new inspection takes 2.0.
        JsonNode fresh = Fixtures.openInspection(lead, targeted("test-deep-dive", "2025-05-06"));
        assertEquals("2.0", fresh.path("themeVersion").asText());
        inspector.post("/inspections/" + fresh.path("id").asText() + "/evidence",
                evidence("test-deep-dive-v2-only", "Seen", null)).expect(201);

        // Version 1.0 deployed again is updated in place; the pinned inspection still works on it.
        admin.postFile("/admin/frameworks", "application/java-archive", Fixtures.testTheme("1.0")).expect(201);
        lead.get("/frameworks/targeted/themes/test-deep-dive/versions/1.0").expect(200);
        JsonNode coverage = inspector.get("/inspections/" + pinnedId + "/coverage").expect(200).json();
        assertEquals(22 + 1, coverage.path("criteria").size());
    }

    @Test
    public void aThemeGeneratedFromTheArchetypeInstallsAndServes() {
        Api.Reply deployed = admin.postFile("/admin/frameworks", "application/java-archive",
                Fixtures.generatedTheme()).expect(201);
        assertEquals("generated-deep-dive", deployed.json().get(0).path("id").asText());
        JsonNode detail = lead.get("/frameworks/targeted/themes/generated-deep-dive").expect(200).json();
        assertEquals("1.0", detail.path("version").asText());
        assertEquals("inspectra-generated-theme", detail.path("bundle").path("symbolicName").asText());
        assertEquals("generated-deep-dive-children", detail.path("childList").path("id").asText());
        String criterion = detail.path("criteria").get(0).path("id").asText();
        assertEquals("generated-deep-dive-response", criterion);

        // An administrator uninstalls a theme version no inspection pins; it can be deployed again.
        String removal = "/admin/frameworks/targeted/themes/generated-deep-dive/versions/1.0";
        lead.delete(removal).problem(403);
        assertEquals("uninstalled", admin.delete(removal).expect(200).json().path("outcome").asText());
        lead.get("/frameworks/targeted/themes/generated-deep-dive").problem(404);
        admin.delete(removal).problem(404);
        admin.postFile("/admin/frameworks", "application/java-archive", Fixtures.generatedTheme()).expect(201);

        JsonNode inspection = Fixtures.openInspection(lead, targeted("generated-deep-dive", "2025-06-03"));
        assertEquals("1.0", inspection.path("themeVersion").asText());
        inspector.post("/inspections/" + inspection.path("id").asText() + "/evidence",
                evidence(criterion, "Seen", null)).expect(201);
        // Once an inspection pins it, it stays: the inspection keeps its theme's criteria for life.
        admin.delete(removal).problem(409);
    }

    private static String targeted(String theme, String notifiedOn) {
        return "{\"localAuthority\":\"330\",\"framework\":\"targeted\",\"type\":\"targeted\",\"notifiedOn\":\""
                + notifiedOn + "\",\"theme\":\"" + theme + "\"," + TEAM + "}";
    }

    private static JsonNode theme(JsonNode framework, String id) {
        for (JsonNode t : framework.path("themes")) {
            if (t.path("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no theme " + id + " in " + framework.path("themes"));
    }

    private static String code(JsonNode problem, String field) {
        for (JsonNode v : problem.path("violations")) {
            if (v.path("field").asText().equals(field)) {
                return v.path("code").asText();
            }
        }
        throw new AssertionError("no violation of " + field + " in " + problem);
    }
}
