package org.inspectra.itest;

import static org.inspectra.itest.ChildDataIT.csv;
import static org.inspectra.itest.ChildDataIT.ids;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Selections over HTTP against the booted distribution: the looked after children inspection's two stages of cases
 * (002 §30: eight with three care leavers, then a further twelve with four), and a targeted inspection's 20 children
 * from the pinned cse-missing theme's deep-dive list and the five to seven of them the local authority evaluates
 * (003 §21), which wait for the 20 to be accepted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SelectionIT extends InspectraTestSupport {

    private static final String CSV = "text/csv";
    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    private Api lead;

    @Before
    public void serverIsUp() {
        Api anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        lead = anonymous.asLead();
        Fixtures.localAuthority(anonymous.asAdmin(), "330", "Birmingham");
    }

    @Test
    public void lacCasesMeetTheirConstraintsAndTheFieldworkCasesAreFurtherOnes() {
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"lac\",\"type\":"
                + "\"inspection\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
        List<String> rows = new ArrayList<>(List.of("Child's unique identifier,Date of initial referral,Date of birth,"
                + "Gender,Ethnicity,Legal status,Current placement,Care leaver"));
        for (int i = 0; i < 40; i++) {
            boolean careLeaver = i % 4 == 0;
            rows.add("L-" + i + ",2020-01-0" + (1 + i % 9) + "," + (careLeaver ? 2006 : 2012) + "-05-1" + (i % 10)
                    + "," + (i % 2 == 0 ? "F" : "M") + ",White British,S20,foster placement," + (careLeaver ? "Y"
                    : "N"));
        }
        JsonNode upload = lead.send("PUT", "/inspections/" + id + "/child-lists/looked-after-children", CSV,
                csv(rows.toArray(String[]::new))).expect(200).json();
        assertEquals(upload.toString(), 40, upload.path("accepted").asInt());

        JsonNode before = lacStage(id, "pre-fieldwork", 8, 3);
        List<String> first = ids(before.path("children"));
        lead.put("/inspections/" + id + "/selections/pre-fieldwork", accepted(before)).expect(200);

        List<String> further = ids(lacStage(id, "fieldwork", 12, 4).path("children"));
        Set<String> both = new HashSet<>(first);
        both.retainAll(further);
        assertTrue("fieldwork repeats " + both, both.isEmpty());
    }

    @Test
    public void aTargetedInspectionTakesTwentyFromTheThemesListThenFiveToSevenOfThoseAccepted() {
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"targeted\",\"type\":"
                + "\"targeted\",\"notifiedOn\":\"2025-09-01\",\"theme\":\"cse-missing\"," + TEAM + "}")
                .path("id").asText();
        List<String> rows = new ArrayList<>(List.of("Unique identification number,Date of birth,Current status,"
                + "Missing within the last 12 months,At risk of sexual exploitation within the last 12 months,Gender,"
                + "Ethnicity,Disability"));
        String[] statuses = {"care-leaver", "looked-after-child", "child-protection", "child-in-need"};
        for (int i = 0; i < 45; i++) {
            rows.add("T-" + i + "," + (2008 + i % 10) + "-03-0" + (1 + i % 9) + "," + statuses[i % 4] + ","
                    + (i % 3 == 0 ? "Y" : "N") + "," + (i % 3 == 0 ? "N" : "Y") + "," + (i % 2 == 0 ? "F" : "M")
                    + "," + (char) ('A' + i % 5) + "," + (i % 6 == 0 ? "Y" : "N"));
        }
        JsonNode upload = lead.send("PUT", "/inspections/" + id + "/child-lists/cse-missing-children", CSV,
                csv(rows.toArray(String[]::new))).expect(200).json();
        assertEquals(upload.toString(), 45, upload.path("accepted").asInt());
        assertEquals(1, lead.get("/inspections/" + id + "/child-lists/cse-missing-children?child-id=T-7")
                .expect(200).json().path("count").asInt());

        lead.post("/inspections/" + id + "/selections", "{\"stage\":\"la-evaluation\"}").problem(409);

        String ask = "{\"stage\":\"deep-dive-20\"}";
        JsonNode twenty = lead.post("/inspections/" + id + "/selections", ask).expect(200).json();
        List<String> chosen = ids(twenty.path("children"));
        assertEquals(twenty.toString(), 20, chosen.size());
        assertEquals(20, new HashSet<>(chosen).size());
        allMet(twenty);
        // The balance of the cohort (003 §54), counted by the engine from the list the rule read: each factor's
        // proposed children add up to the twenty, its candidates to the 45 on the list; 23 of them are F.
        for (String factor : List.of("age", "gender", "disability", "ethnicity")) {
            int proposed = 0;
            int candidates = 0;
            for (JsonNode line : twenty.path("balance")) {
                if (line.path("factor").asText().equals(factor)) {
                    proposed += line.path("proposed").asInt();
                    candidates += line.path("candidates").asInt();
                }
            }
            assertEquals(factor + " " + twenty.path("balance"), 20, proposed);
            assertEquals(factor + " " + twenty.path("balance"), 45, candidates);
        }
        assertTrue("the balance in the OpenAPI document", lead.get("/openapi.json").expect(200).json()
                .path("components").path("schemas").path("SelectionProposal").path("properties").has("balance"));
        assertTrue(twenty.path("balance").toString(), twenty.path("balance").findParents("factor").stream()
                .anyMatch(l -> l.path("factor").asText().equals("gender") && l.path("value").asText().equals("f")
                        && l.path("candidates").asInt() == 23));
        assertEquals(chosen, ids(lead.post("/inspections/" + id + "/selections", ask).expect(200).json()
                .path("children")));
        lead.post("/inspections/" + id + "/selections", "{\"stage\":\"deep-dive-20\",\"size\":19}").problem(422);
        lead.put("/inspections/" + id + "/selections/deep-dive-20", accepted(twenty)).expect(200);

        JsonNode evaluation = lead.post("/inspections/" + id + "/selections", "{\"stage\":\"la-evaluation\"}")
                .expect(200).json();
        List<String> few = ids(evaluation.path("children"));
        assertTrue(evaluation.toString(), few.size() >= 5 && few.size() <= 7);
        assertTrue(evaluation.toString(), chosen.containsAll(few));
        allMet(evaluation);
        assertFalse(ids(lead.post("/inspections/" + id + "/selections", "{\"stage\":\"la-evaluation\",\"size\":5}")
                .expect(200).json().path("children")).stream().anyMatch(c -> !chosen.contains(c)));
    }

    /** A LAC stage's proposal, checked for at least so many cases and care leavers and every rule met. */
    private JsonNode lacStage(String id, String stage, int cases, int careLeavers) {
        JsonNode proposal = lead.post("/inspections/" + id + "/selections", "{\"stage\":\"" + stage + "\"}")
                .expect(200).json();
        List<String> chosen = ids(proposal.path("children"));
        assertTrue(proposal.toString(), chosen.size() >= cases);
        assertTrue(proposal.toString(), careLeavers(chosen) >= careLeavers);
        allMet(proposal);
        return proposal;
    }

    /** Every fourth case of the LAC list is a care leaver. */
    private static long careLeavers(List<String> ids) {
        return ids.stream().filter(c -> Integer.parseInt(c.substring(2)) % 4 == 0).count();
    }

    private static void allMet(JsonNode proposal) {
        for (JsonNode rule : proposal.path("rules")) {
            assertTrue(rule.toString(), rule.path("met").asBoolean());
        }
    }

    /** The proposal accepted as it stands. */
    private static String accepted(JsonNode proposal) {
        List<String> children = new ArrayList<>();
        proposal.path("children").forEach(c -> children.add("{\"childId\":\"" + c.path("childId").asText()
                + "\",\"reason\":\"" + c.path("reason").asText().replace("\"", "\\\"") + "\"}"));
        return "{\"children\":[" + String.join(",", children) + "]}";
    }
}
