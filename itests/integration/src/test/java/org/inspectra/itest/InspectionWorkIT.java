package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
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
 * The team's work inside an ILACS inspection over HTTP against the booted distribution: evidence with its history and
 * the names guard, coverage, judgements held to the framework's hard and soft rules, findings with the focused visit's
 * priority-action milestones, the lifecycle, the audit trail, and who may do each.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InspectionWorkIT extends InspectraTestSupport {

    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    private Api admin;
    private Api lead;
    private Api inspector;
    private Api outsider;

    @Before
    public void serverIsUp() {
        Api anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        admin = anonymous.asAdmin();
        lead = anonymous.asLead();
        inspector = anonymous.asInspector();
        outsider = anonymous.as("inspector2", "inspector2");
        Fixtures.localAuthority(admin, "330", "Birmingham");
        Fixtures.localAuthority(admin, "331", "Coventry");
    }

    @Test
    public void aStandardInspectionNotifiedOnAMondayIsDatedAcrossTheAugustBankHoliday() {
        // 000 §52, table under §53, table after §224; Monday 25 August 2025 is the summer bank holiday.
        JsonNode inspection = open("standard", "2025-08-18");
        assertEquals("2018.12", inspection.path("framework").path("version").asText());
        assertEquals("2025-08-26", due(inspection, "fieldwork-start"));
        assertEquals("2025-09-08", due(inspection, "fieldwork-end"));
        assertEquals("2025-09-22", due(inspection, "draft-report-sent"));
        assertEquals("2025-10-02", due(inspection, "final-report-sent"));
        assertEquals("2025-10-07", due(inspection, "publication"));
    }

    @Test
    public void evidenceIsRecordedByTheTeamWithHistoryCoverageAndANamesWarning() {
        String id = open("standard", "2025-09-01").path("id").asText();
        String criterion = firstCriterion();

        JsonNode recorded = inspector.post("/inspections/" + id + "/evidence",
                evidence(criterion, "Jayden Smith was seen alone by his social worker", null)).expect(201).json();
        assertEquals("inspector", recorded.path("recordedBy").asText());
        assertEquals(1, recorded.path("revision").asInt());
        assertTrue("a name is warned of: " + recorded, recorded.path("warnings").toString().contains("Jayden Smith"));
        String evidenceId = recorded.path("id").asText();

        JsonNode clean = inspector.post("/inspections/" + id + "/evidence",
                evidence(criterion, "Child A was seen alone by the social worker", null)).expect(201).json();
        assertEquals(0, clean.path("warnings").size());

        // Not on the team, not the framework's criterion, or incomplete: refused with problem+json.
        outsider.post("/inspections/" + id + "/evidence", evidence(criterion, "Seen", null)).problem(403);
        JsonNode unknown = inspector.post("/inspections/" + id + "/evidence", evidence("no-such-heading", "Seen",
                null)).problem(422);
        assertEquals("unknown-criterion", unknown.path("violations").get(0).path("code").asText());
        inspector.post("/inspections/" + id + "/evidence", "{\"criterion\":\"" + criterion + "\"}").problem(400);
        inspector.post("/inspections/" + id + "/evidence", evidence(criterion, "Seen", null)
                .replace("\"strength\"", "\"brilliant\"")).problem(400);

        // An edit keeps the earlier revision; an edit of a stale revision is refused.
        JsonNode revised = inspector.put("/inspections/" + id + "/evidence/" + evidenceId,
                evidence(criterion, "Child B was seen alone by the social worker", 1)).expect(200).json();
        assertEquals(2, revised.path("revision").asInt());
        lead.put("/inspections/" + id + "/evidence/" + evidenceId,
                evidence(criterion, "A lost update", 1)).problem(409);
        JsonNode history = lead.get("/inspections/" + id + "/evidence/" + evidenceId + "/history").expect(200).json();
        assertEquals(2, history.size());
        assertTrue(history.get(0).path("summary").asText().contains("Jayden Smith"));
        assertEquals(2, lead.get("/inspections/" + id + "/evidence?criterion=" + criterion).expect(200).json().size());
        outsider.get("/inspections/" + id + "/evidence").problem(403);

        JsonNode coverage = lead.get("/inspections/" + id + "/coverage").expect(200).json();
        assertEquals(17, coverage.path("criteria").size());
        assertEquals(16, coverage.path("uncovered").size());
        JsonNode first = coverage.path("criteria").get(0);
        assertEquals(criterion, first.path("criterion").asText());
        assertEquals(2, first.path("byAssessment").path("strength").asInt());
        assertEquals(0, first.path("byAssessment").path("concern").asInt());
    }

    @Test
    public void theTeamOpensLinesOfEnquiryAndOnlyTheLeadClosesThem() {
        String id = open("standard", "2025-10-20").path("id").asText();
        String lines = "/inspections/" + id + "/lines-of-enquiry";
        JsonNode line = inspector.post(lines, "{\"question\":\"Are children at risk of exploitation seen "
                + "quickly?\",\"criterion\":\"" + firstCriterion() + "\"}").expect(201).json();
        inspector.post(lines, "{\"question\":\"x\",\"criterion\":\"no-such\"}").problem(422);
        outsider.post(lines, "{\"question\":\"x\"}").problem(403);
        String closure = lines + "/" + line.path("id").asText() + "/closure";
        // 000 §189: the lead inspector decides when enough evidence is recorded.
        inspector.put(closure, "{\"text\":\"Enough\"}").problem(403);
        lead.put(closure, "{}").problem(400);
        JsonNode closed = lead.put(closure, "{\"text\":\"Six cases seen; all timely\"}").expect(200).json();
        assertEquals("lead", closed.path("closedBy").asText());
        lead.put(closure, "{\"text\":\"Again\"}").problem(409);
        assertEquals(1, inspector.get(lines).expect(200).json().size());
    }

    @Test
    public void aTargetedInspectionsCoverageShowsEvidenceRecordedLate() {
        // 003 §78: SEA entries within two working days of the evidence, all by the end of day 13.
        JsonNode targeted = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":"
                + "\"targeted\",\"type\":\"targeted\",\"notifiedOn\":\"2025-04-15\"," + TEAM + "}");
        String id = targeted.path("id").asText();
        String late = inspector.post("/inspections/" + id + "/evidence", evidence("esn-01", "Child A's contact was "
                + "screened the same day", null)).expect(201).json().path("id").asText();
        JsonNode deadline = lead.get("/inspections/" + id + "/coverage").expect(200).json().path("deadlines").get(0);
        assertEquals(due(targeted, "day-13"), deadline.path("due").asText());
        assertTrue(deadline.path("source").asText().contains("§76-78"));
        // Gathered on 1 September 2025, recorded today: past its two working days.
        assertEquals(late, deadline.path("late").get(0).asText());
    }

    @Test
    public void judgementsKeepToTheScaleAndTheFrameworksRules() {
        String id = open("standard", "2025-09-08").path("id").asText();
        String judgements = "/inspections/" + id + "/judgements";

        JsonNode offScale = inspector.put(judgements + "/help-and-protection", grade("adequate", null)).problem(422);
        assertEquals("grade-not-on-scale", offScale.path("violations").get(0).path("code").asText());
        lead.put(judgements + "/no-such-judgement", grade("good", null)).problem(404);

        inspector.put(judgements + "/help-and-protection", grade("inadequate", null)).expect(200);
        // 000 §100 (hard): overall effectiveness is inadequate where a practice judgement is.
        JsonNode refused = lead.put(judgements + "/overall-effectiveness", grade("good", null)).problem(422);
        assertTrue(refused.toString(), refused.path("violations").get(0).path("message").asText().contains("§"));
        lead.put(judgements + "/overall-effectiveness", grade("inadequate", null)).expect(200);

        // 000 §101 (soft): leaders good beside an inadequate practice judgement warns; the team may accept it.
        JsonNode warned = lead.put(judgements + "/impact-of-leaders", grade("good", null)).expect(200).json();
        assertFalse("leaders good warns: " + warned, warned.path("warnings").isEmpty());
        String rule = warned.path("warnings").get(0).path("rule").asText();
        lead.put(judgements + "/impact-of-leaders", "{\"grade\":\"good\",\"acceptWarnings\":[\"" + rule + "\"]}")
                .problem(400);
        JsonNode accepted = lead.put(judgements + "/impact-of-leaders", "{\"grade\":\"good\",\"rationale\":"
                + "\"Leaders know their weaknesses and have acted on them\",\"acceptWarnings\":[\"" + rule + "\"]}")
                .expect(200).json();
        assertTrue(accepted.path("warnings").get(0).path("accepted").asBoolean());

        // A stale grade version is a lost update.
        lead.put(judgements + "/children-in-care", "{\"grade\":\"good\",\"version\":0}").expect(200);
        inspector.put(judgements + "/children-in-care", "{\"grade\":\"requires-improvement\",\"version\":0}")
                .problem(409);

        JsonNode standing = lead.get(judgements).expect(200).json();
        assertEquals(4, standing.size());
        for (JsonNode j : standing) {
            if (j.path("id").asText().equals("impact-of-leaders")) {
                assertEquals("good", j.path("grade").asText());
                assertEquals("soft", j.path("rules").get(0).path("strength").asText());
            }
            if (j.path("id").asText().equals("children-in-care")) {
                assertEquals(1, j.path("version").asInt());
            }
        }
        outsider.put(judgements + "/children-in-care", grade("good", null)).problem(403);
    }

    @Test
    public void aFocusedVisitRefusesGradesButAPriorityActionAddsItsActionPlanMilestones() {
        JsonNode visit = openOn("330", "focused-visit", "2025-09-09", "\"topics\":[\"front-door\"],");
        String id = visit.path("id").asText();
        assertFalse(hasMilestone(visit, "action-plan-due"));

        lead.put("/inspections/" + id + "/judgements/overall-effectiveness", grade("good", null)).problem(409);
        inspector.post("/inspections/" + id + "/findings", "{\"kind\":\"strength\",\"text\":\"Managers know "
                + "their services well\"}").expect(201);
        String before = lead.get("/inspections/" + id).expect(200).header("ETag");
        JsonNode priority = inspector.post("/inspections/" + id + "/findings", "{\"kind\":\"priority-action\","
                + "\"text\":\"Children at risk of exploitation are not seen quickly enough\"}").expect(201).json();
        assertEquals("priority-action", priority.path("kind").asText());
        inspector.post("/inspections/" + id + "/findings", "{\"kind\":\"rumour\",\"text\":\"x\"}").problem(400);
        assertEquals(2, lead.get("/inspections/" + id + "/findings").expect(200).json().size());

        // 000 §229: a draft action plan within 20, the plan within 70 working days of the letter.
        Api.Reply read = lead.get("/inspections/" + id).expect(200);
        // Its milestones changed, so the inspection did: a new version and ETag (an If-Match read before is stale).
        assertNotEquals(before, read.header("ETag"));
        JsonNode after = read.json();
        String letter = due(after, "final-report-sent");
        assertTrue(hasMilestone(after, "priority-action-draft-plan-due"));
        assertTrue(due(after, "priority-action-draft-plan-due").compareTo(letter) > 0);
        assertTrue(due(after, "action-plan-due").compareTo(due(after, "priority-action-draft-plan-due")) > 0);
    }

    @Test
    public void theLeadMovesTheInspectionOnAndItIsReadOnlyOncePublished() {
        JsonNode opened = open("short", "2025-09-15");
        String id = opened.path("id").asText();
        String status = "/inspections/" + id + "/status";

        inspector.put(status, "{\"status\":\"fieldwork\"}").problem(403);
        lead.put(status, "{\"status\":\"final\"}").problem(409);
        lead.put(status, "{\"status\":\"sideways\"}").problem(400);
        JsonNode moved = lead.put(status, "{\"status\":\"fieldwork\",\"version\":" + opened.path("version").asLong()
                + "}").expect(200).json();
        assertEquals("fieldwork", moved.path("status").asText());
        lead.put(status, "{\"status\":\"findings-agreed\",\"version\":" + opened.path("version").asLong() + "}")
                .problem(409);
        inspector.post("/inspections/" + id + "/evidence", evidence(firstCriterion(), "Child C seen", null))
                .expect(201);
        for (String next : List.of("findings-agreed", "draft-sent", "factual-accuracy", "final", "published")) {
            lead.put(status, "{\"status\":\"" + next + "\"}").expect(200);
        }
        inspector.post("/inspections/" + id + "/evidence", evidence(firstCriterion(), "Too late", null)).problem(409);
        lead.put("/inspections/" + id + "/judgements/overall-effectiveness", grade("good", null)).problem(409);
        assertEquals("published", lead.get("/inspections/" + id).expect(200).json().path("status").asText());

        // 000 §227: ILACS adds action-plan-awaited after publication; the inspection passes through it, read-only.
        JsonNode shortType = type(lead.get("/frameworks/ilacs/versions/2018.12").expect(200).json()
                .path("inspectionTypes"), "short");
        assertEquals("[\"notified\",\"fieldwork\",\"findings-agreed\",\"draft-sent\",\"factual-accuracy\","
                + "\"final\",\"published\",\"action-plan-awaited\",\"closed\"]",
                shortType.path("lifecycle").toString());
        assertEquals("000 §227", shortType.path("addedStatuses").path(0).path("source").asText());
        lead.put(status, "{\"status\":\"closed\"}").problem(409);
        assertEquals("action-plan-awaited", lead.put(status, "{\"status\":\"action-plan-awaited\"}").expect(200)
                .json().path("status").asText());
        inspector.post("/inspections/" + id + "/evidence", evidence(firstCriterion(), "Still too late", null))
                .problem(409);
        assertTrue(ids(lead.get("/inspections?status=action-plan-awaited").expect(200).json()).contains(id));
        assertTrue(ids(lead.get("/inspections?status=published").expect(200).json()).contains(id));
        assertEquals("closed", lead.put(status, "{\"status\":\"closed\"}").expect(200).json().path("status")
                .asText());

        // Who changed what: the lead and administrators read it; others do not.
        JsonNode audit = lead.get("/inspections/" + id + "/audit").expect(200).json();
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.path("action").asText() + "/" + e.path("actor").asText()));
        assertTrue(actions.toString(), actions.contains("inspection.opened/lead"));
        assertTrue(actions.toString(), actions.contains("evidence.recorded/inspector"));
        assertTrue(actions.toString(), actions.contains("inspection.status-changed/lead"));
        admin.get("/inspections/" + id + "/audit").expect(200);
        inspector.get("/inspections/" + id + "/audit").problem(403);
    }

    @Test
    public void aFocusedVisitLetterGoesToModerationOnlyWhereTheLeadSendsIt() {
        // 000 §213: additional moderation of a letter with an area for priority action; optional otherwise.
        List<String> moderated = List.of("fieldwork", "findings-agreed", "moderation", "draft-sent");
        List<String> plain = List.of("fieldwork", "findings-agreed", "draft-sent");
        for (List<String> path : List.of(moderated, plain)) {
            String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                    + "\"type\":\"focused-visit\",\"topics\":[\"front-door\"],\"notifiedOn\":\"2025-09-16\","
                    + TEAM + "}").path("id").asText();
            for (String next : path) {
                assertEquals(next, lead.put("/inspections/" + id + "/status", "{\"status\":\"" + next + "\"}")
                        .expect(200).json().path("status").asText());
            }
            lead.put("/inspections/" + id + "/status", "{\"status\":\"moderation\"}").problem(409);
        }
    }

    @Test
    public void aLinkPersonReadsOnlyItsOwnAuthoritysInspection() {
        String id = open("standard", "2025-09-22").path("id").asText();
        Api link = Api.local().as("lalink", "lalink");
        Api otherLink = Api.local().as("lalink2", "lalink2");
        assertEquals(id, link.get("/inspections/" + id).expect(200).json().path("id").asText());
        link.get("/inspections/" + id + "/milestones").expect(200);
        otherLink.get("/inspections/" + id).problem(403);
        link.get("/inspections/" + id + "/evidence").problem(403);
        link.get("/inspections/" + id + "/judgements").problem(403);
    }

    @Test
    public void aLookedAfterChildrenInspectionGradesOnItsOwnScale() {
        // 002 §18: outstanding, good, adequate, inadequate; requires improvement is not on it.
        JsonNode lac = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"lac\","
                + "\"type\":\"inspection\",\"notifiedOn\":\"2025-08-18\"," + TEAM + "}");
        assertEquals("2013.04", lac.path("framework").path("version").asText());
        // 002 §7: up to ten working days' notice, across the August bank holiday.
        assertEquals("2025-09-02", due(lac, "fieldwork-start"));
        // 002 §10, §35-38: up to five days on site; draft 10, comments 15, final 20, published 25 working days after
        // the end of the inspection; §50: complaints up to 30 calendar days after publication.
        assertEquals("2025-09-08", due(lac, "fieldwork-end"));
        assertEquals("2025-09-22", due(lac, "draft-report-sent"));
        assertEquals("2025-09-29", due(lac, "factual-accuracy-due"));
        assertEquals("2025-10-06", due(lac, "final-report-sent"));
        assertEquals("2025-10-13", due(lac, "publication"));
        assertEquals("2025-11-12", due(lac, "complaint-deadline"));
        String judgements = "/inspections/" + lac.path("id").asText() + "/judgements";
        JsonNode refused = lead.put(judgements + "/overall-effectiveness", grade("requires-improvement", null))
                .problem(422);
        assertEquals("grade-not-on-scale", refused.path("violations").get(0).path("code").asText());
        lead.put(judgements + "/overall-effectiveness", grade("adequate", null)).expect(200);
    }

    @Test
    public void anLscbReviewRunsBesideItsSingleInspectionAndTheSifHardRuleBinds() {
        JsonNode sif = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"sif\","
                + "\"type\":\"single-inspection\",\"notifiedOn\":\"2025-10-13\"," + TEAM + "}");
        assertEquals("2015.06", sif.path("framework").path("version").asText());
        // 004 §7, §9-11: the lead on site the day after notification, the rest a week after the case auditing week,
        // nine days on site, the report within 32 working days of the end of on-site work, the statement of action
        // 70 working days after it, across Christmas and New Year.
        assertEquals("2025-10-14", due(sif, "fieldwork-start"));
        assertEquals("2025-10-27", due(sif, "full-team-on-site"));
        assertEquals("2025-11-06", due(sif, "fieldwork-end"));
        assertEquals("2025-12-22", due(sif, "publication"));
        assertEquals("2026-04-02", due(sif, "action-plan-due"));
        String review = "{\"localAuthority\":\"330\",\"framework\":\"lscb\",\"type\":\"review\","
                + "\"notifiedOn\":\"2025-10-13\"," + TEAM;
        // 004 §36: the review is conducted at the same time as the inspection.
        JsonNode alone = lead.post("/inspections", review + "}").problem(422);
        assertEquals("required", alone.path("violations").get(0).path("code").asText());
        String lscbId = Fixtures.openInspection(lead, review + ",\"concurrentWith\":\"" + sif.path("id").asText()
                + "\"}").path("id").asText();
        JsonNode lscb = lead.get("/inspections/" + lscbId).expect(200).json();
        assertEquals(sif.path("id").asText(), lscb.path("concurrentWith").asText());
        // 004 §40: the board publishes within 30 working days of the report, past Christmas and New Year.
        assertEquals("2025-12-22", due(lscb, "publication"));
        assertEquals("2026-02-05", due(lscb, "lscb-publication"));
        lead.put("/inspections/" + lscbId + "/judgements/lscb-effectiveness", grade("good", null)).expect(200);
        lead.post("/inspections", "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":\"short\","
                + "\"notifiedOn\":\"2025-10-13\",\"concurrentWith\":\"" + sif.path("id").asText() + "\"}")
                .problem(422);

        // 004 §28 (hard): any key judgement inadequate makes overall effectiveness inadequate.
        String judgements = "/inspections/" + sif.path("id").asText() + "/judgements";
        lead.put(judgements + "/looked-after-and-permanence", grade("inadequate", null)).expect(200);
        lead.put(judgements + "/overall-effectiveness", grade("requires-improvement", null)).problem(422);
        lead.put(judgements + "/overall-effectiveness", grade("inadequate", null)).expect(200);
        // 004 §22 (soft): leadership good beside an inadequate practice judgement is for HMCI to moderate.
        JsonNode moderated = lead.put(judgements + "/leadership-management-governance", grade("good", null))
                .expect(200).json();
        assertFalse("leadership good warns: " + moderated, moderated.path("warnings").isEmpty());
        assertTrue(moderated.toString(), moderated.path("warnings").toString().contains("004 §21-22"));
        assertEquals(6, lead.get(judgements).expect(200).json().size());

        // 004 Annex A: beside a concurrent LSCB review, 4.01-4.10 replace 1.11-1.14.
        List<String> numbers = new ArrayList<>();
        lead.get("/inspections/" + sif.path("id").asText() + "/documents").expect(200).json()
                .forEach(d -> numbers.add(d.path("number").asText()));
        assertEquals(37, numbers.size());
        assertTrue(numbers.contains("4.01") && numbers.contains("4.10"));
        assertFalse(numbers.contains("1.11") || numbers.contains("1.14"));
    }

    @Test
    public void aTargetedInspectionCountsItsDaysAcrossEasterAndGradesNothing() {
        // 003 §9 table: notification on a Tuesday is day 0; Good Friday and Easter Monday 2025 are not working days.
        JsonNode targeted = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":"
                + "\"targeted\",\"type\":\"targeted\",\"notifiedOn\":\"2025-04-15\"," + TEAM + "}");
        assertEquals("2025-04-16", due(targeted, "day-1"));
        assertEquals("2025-04-22", due(targeted, "day-3"));
        assertEquals("2025-04-30", due(targeted, "fieldwork-start"));
        assertEquals("2025-06-02", due(targeted, "publication"));
        lead.put("/inspections/" + targeted.path("id").asText() + "/judgements/overall-effectiveness",
                grade("good", null)).problem(409);
        JsonNode frontDoor = lead.get("/frameworks/targeted").expect(200).json().path("criteria");
        assertEquals(22, frontDoor.size());
        assertEquals("esn-01", frontDoor.get(0).path("id").asText());
    }

    @Test
    public void aConcernGoesFromReferralToSignOffAndTheAuthorityAnswersItsOwnRequests() {
        String id = open("standard", "2025-10-06").path("id").asText();
        Api link = Api.local().as("lalink", "lalink");
        Api otherLink = Api.local().as("lalink2", "lalink2");
        String concerns = "/inspections/" + id + "/concerns";

        // 003 §74, Annex C: category 1 or 2, case references only.
        inspector.post(concerns, concern(3, "CH-0042")).problem(400);
        JsonNode named = inspector.post(concerns, concern(1, "Jayden Smith")).problem(400);
        assertEquals("not-a-case-reference", named.path("violations").get(0).path("code").asText());
        link.post(concerns, concern(1, "CH-0042")).problem(403);
        JsonNode referred = inspector.post(concerns, concern(1, "CH-0042")).expect(201).json();
        assertEquals("referred", referred.path("status").asText());
        String concern = concerns + "/" + referred.path("id").asText();

        otherLink.get(concerns).problem(403);
        outsider.get(concerns).problem(403);
        assertEquals(1, link.get(concerns).expect(200).json().size());
        inspector.put(concern + "/evaluation", "{\"text\":\"Too early\"}").problem(409);
        inspector.put(concern + "/response", "{\"text\":\"Not ours to answer\"}").problem(403);
        otherLink.put(concern + "/response", "{\"text\":\"Not ours\"}").problem(403);
        assertEquals("answered", link.put(concern + "/response", "{\"text\":\"The child was seen by a social "
                + "worker the same day\"}").expect(200).json().path("status").asText());
        assertEquals("evaluated", inspector.put(concern + "/evaluation", "{\"text\":\"The response is "
                + "appropriate\"}").expect(200).json().path("status").asText());
        inspector.put(concern + "/sign-off", "{}").problem(403);
        lead.put(concern + "/sign-off", "{\"text\":\"Agreed\"}").expect(200);
        JsonNode signedOff = link.put(concern + "/sign-off", "{\"text\":\"Signed for the DCS\"}").expect(200)
                .json();
        assertEquals("signed-off", signedOff.path("status").asText());
        assertEquals("lalink", signedOff.path("dcsSignOff").path("by").asText());
        link.put(concern + "/response", "{\"text\":\"A late change\"}").problem(409);

        // 000 §166-168, Annex B.
        String requests = "/inspections/" + id + "/information-requests";
        JsonNode asked = inspector.post(requests, "{\"type\":\"case-information\",\"what\":\"The child's plan "
                + "for CH-0042\",\"why\":\"To track the child's experience\",\"requiredBy\":\"2025-10-08\"}")
                .expect(201).json();
        inspector.post(requests, "{\"type\":\"gossip\",\"what\":\"x\",\"why\":\"y\",\"requiredBy\":"
                + "\"2025-10-08\"}").problem(400);
        String request = requests + "/" + asked.path("id").asText();
        otherLink.put(request + "/response", "{\"text\":\"Attached\"}").problem(403);
        assertEquals("lalink", link.put(request + "/response", "{\"text\":\"Attached\"}").expect(200).json()
                .path("respondedBy").asText());
        link.put(request + "/response", "{\"text\":\"Again\"}").problem(409);
        assertEquals("Attached", link.get(requests).expect(200).json().get(0).path("response").asText());
    }

    private static String concern(int category, String caseReference) {
        return "{\"category\":" + category + ",\"caseReferences\":[\"" + caseReference + "\"],\"referredOn\":"
                + "\"2025-10-07\",\"laTeam\":\"Front door\",\"issues\":\"A child at risk was not seen within "
                + "the timescale\",\"responseDue\":\"2025-10-09\"}";
    }

    @Test
    public void aLocalAuthoritysPathwayFollowsItsLastFinalGrade() {
        // 000 §13-24: good or outstanding -> 1, requires improvement -> 2, inadequate -> 3.
        String[][] cases = {{"340", "outstanding", "1", "short"}, {"341", "requires-improvement", "2", "standard"},
            {"342", "inadequate", "3", "standard"}};
        for (String[] c : cases) {
            Fixtures.localAuthority(admin, c[0], "Authority " + c[0]);
            admin.get("/local-authorities/" + c[0] + "/pathway").problem(404);
            JsonNode inspection = Fixtures.openInspection(lead, "{\"localAuthority\":\"" + c[0] + "\","
                    + "\"framework\":\"ilacs\",\"type\":\"standard\",\"notifiedOn\":\"2025-08-18\"," + TEAM
                    + "}");
            String id = inspection.path("id").asText();
            lead.put("/inspections/" + id + "/judgements/overall-effectiveness", grade(c[1], null)).expect(200);
            for (String next : List.of("fieldwork", "findings-agreed", "draft-sent", "factual-accuracy")) {
                lead.put("/inspections/" + id + "/status", "{\"status\":\"" + next + "\"}").expect(200);
            }
            // Not decided until the final report.
            admin.get("/local-authorities/" + c[0] + "/pathway").problem(404);
            lead.put("/inspections/" + id + "/status", "{\"status\":\"final\"}").expect(200);

            JsonNode pathway = inspector.get("/local-authorities/" + c[0] + "/pathway").expect(200).json();
            assertEquals(c[2], pathway.path("pathway").asText());
            assertEquals(id, pathway.path("basedOn").path("inspection").asText());
            assertEquals(c[3], pathway.path("nextInspection").path("type").asText());
            assertEquals("2025-09-08", pathway.path("basedOn").path("fieldworkEnded").asText());
            if (c[2].equals("3")) {
                assertTrue(pathway.path("nextInspection").path("earliest").isNull());
                JsonNode monitoring = pathway.path("monitoringVisits");
                assertEquals(4, monitoring.path("min").asInt());
                assertEquals(6, monitoring.path("max").asInt());
                assertEquals(due(inspection, "action-plan-due"), monitoring.path("actionPlanDue").asText());
                assertEquals(java.time.LocalDate.parse(due(inspection, "action-plan-due")).plusMonths(3).toString(),
                        monitoring.path("firstBy").asText());
            } else {
                // About three years after the last inspection, six months either side (000 §13).
                assertEquals("2028-03-08", pathway.path("nextInspection").path("earliest").asText());
                assertEquals("2029-03-08", pathway.path("nextInspection").path("latest").asText());
            }
        }
        Api.local().as("lalink", "lalink").get("/local-authorities/340/pathway").problem(403);
        admin.get("/local-authorities/999/pathway").problem(404);
    }

    @Test
    public void aFocusedVisitIsOpenedOnTopicsOfTheFrameworkAndOnlyItTakesThem() {
        // 000 §106: one or more of the topics; §107: the five aspects always evaluated.
        JsonNode visit = openOn("330", "focused-visit", "2025-11-11",
                "\"topics\":[\"vulnerable-adolescents\",\"care-leavers\"],");
        assertEquals("[\"vulnerable-adolescents\",\"care-leavers\"]", visit.path("topics").toString());
        assertTrue(visit.path("visitNumber").isMissingNode());
        assertEquals(visit.path("topics"), lead.get("/inspections/" + visit.path("id").asText()).expect(200).json()
                .path("topics"));

        JsonNode unknown = lead.post("/inspections", ilacsBody("330", "focused-visit", "2025-11-11",
                "\"topics\":[\"front-door\",\"neglect\"],")).problem(422);
        assertEquals("unknown-topic", unknown.path("violations").get(0).path("code").asText());
        assertTrue(unknown.toString(), unknown.path("violations").get(0).path("message").asText()
                .contains("care-leavers"));
        JsonNode none = lead.post("/inspections", ilacsBody("330", "focused-visit", "2025-11-11", "")).problem(422);
        assertEquals("topics-required", none.path("violations").get(0).path("code").asText());
        assertTrue(none.path("violations").get(0).path("message").asText().contains("front-door"));
        JsonNode notTaken = lead.post("/inspections", ilacsBody("330", "standard", "2025-11-11",
                "\"topics\":[\"front-door\"],")).problem(422);
        assertEquals("topics-not-taken", notTaken.path("violations").get(0).path("code").asText());
        lead.post("/inspections", ilacsBody("330", "focused-visit", "2025-11-11", "\"topics\":[\"Front Door\"],"))
                .problem(400);
        assertEquals(0, open("standard", "2025-11-17").path("topics").size());
    }

    @Test
    public void monitoringVisitsAreNumberedWithinTheAuthoritysSeries() {
        // 000 §22, §112-139: after an inadequate standard inspection, monitoring visits until the re-inspection.
        Fixtures.localAuthority(admin, "343", "Authority 343");
        openOn("343", "standard", "2025-03-03", "");
        JsonNode first = openOn("343", "monitoring-visit", "2025-09-01", "");
        assertEquals(1, first.path("visitNumber").asInt());
        JsonNode second = openOn("343", "monitoring-visit", "2025-12-01", "");
        assertEquals(2, second.path("visitNumber").asInt());
        assertEquals(2, lead.get("/inspections/" + second.path("id").asText()).expect(200).json()
                .path("visitNumber").asInt());
        // A visit of another authority starts its own series; the re-inspection starts a new one.
        Fixtures.localAuthority(admin, "344", "Authority 344");
        assertEquals(1, openOn("344", "monitoring-visit", "2025-12-01", "").path("visitNumber").asInt());
        openOn("343", "standard", "2026-03-02", "");
        JsonNode secondSeries = openOn("343", "monitoring-visit", "2026-09-07", "");
        assertEquals(1, secondSeries.path("visitNumber").asInt());
        assertEquals(2, secondSeries.path("seriesNumber").asInt());

        // 000 §208 note 28: no letter after the first visit of the first series, but after the first of a second.
        assertEquals(1, first.path("seriesNumber").asInt());
        assertFalse(hasMilestone(first, "publication"));
        assertFalse(hasMilestone(first, "draft-report-sent"));
        assertTrue(hasMilestone(second, "publication"));
        assertTrue(hasMilestone(secondSeries, "publication"));
        String status = "/inspections/" + first.path("id").asText() + "/status";
        lead.put(status, "{\"status\":\"fieldwork\"}").expect(200);
        lead.put(status, "{\"status\":\"findings-agreed\"}").expect(200);
        lead.put(status, "{\"status\":\"draft-sent\"}").problem(409);
        lead.put(status, "{\"status\":\"published\"}").expect(200);
        // Its findings stay with the team and the authority: the letter is not public.
        outsider.getAs("/inspections/" + first.path("id").asText() + "/report",
                "text/html").expect(403);
        lead.post("/inspections", ilacsBody("343", "monitoring-visit", "2026-09-07",
                "\"topics\":[\"front-door\"],")).problem(422);
    }

    @Test
    public void theFrameworkShowsEachTypesQuestionsAspectsTopicsAndSeries() {
        JsonNode types = lead.get("/frameworks/ilacs").expect(200).json().path("inspectionTypes");
        JsonNode shortType = type(types, "short");
        assertEquals(3, shortType.path("questions").size());
        assertEquals("000 §57", shortType.path("questions").get(0).path("source").asText());
        assertTrue(shortType.path("questions").get(0).path("text").asText().startsWith("Has the quality"));
        JsonNode focused = type(types, "focused-visit");
        assertEquals(6, focused.path("topics").size());
        assertEquals("front-door", focused.path("topics").get(0).path("id").asText());
        assertEquals("000 §106", focused.path("topics").get(0).path("source").asText());
        assertEquals(5, focused.path("aspects").size());
        assertEquals("supervision", focused.path("aspects").get(2).path("text").asText());
        assertEquals("standard", type(types, "monitoring-visit").path("seriesEndedBy").asText());
        assertEquals("000 §208, note 28", type(types, "monitoring-visit").path("unpublishedFirstVisit")
                .path("source").asText());
        assertEquals(4, type(types, "standard").path("summaryQuestions").size());
        assertEquals(0, type(types, "standard").path("topics").size());
        assertTrue(type(types, "standard").path("seriesEndedBy").isMissingNode());
    }

    private static JsonNode type(JsonNode types, String id) {
        for (JsonNode t : types) {
            if (t.path("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no inspection type " + id + " in " + types);
    }

    @Test
    public void theAuthorityMarksTheAnnexADocumentsSupplied() {
        String id = open("standard", "2025-11-03").path("id").asText();
        Api link = Api.local().as("lalink", "lalink");
        // 000 §271: 1.01-1.13, 2.01-2.05, 3.01-3.12.
        JsonNode checklist = lead.get("/inspections/" + id + "/documents").expect(200).json();
        assertEquals(30, checklist.size());
        assertEquals("1.01", checklist.get(0).path("number").asText());
        assertFalse(checklist.get(0).path("supplied").asBoolean());
        JsonNode supplied = link.put("/inspections/" + id + "/documents/1.01", "{\"supplied\":true,\"note\":"
                + "\"In the shared folder as 1.01 Structure.pdf\"}").expect(200).json();
        assertTrue(supplied.path("supplied").asBoolean());
        assertEquals("lalink", supplied.path("suppliedBy").asText());
        inspector.put("/inspections/" + id + "/documents/1.02", "{\"supplied\":true}").problem(403);
        Api.local().as("lalink2", "lalink2").get("/inspections/" + id + "/documents").problem(403);
        link.put("/inspections/" + id + "/documents/9.99", "{\"supplied\":true}").problem(404);
        link.put("/inspections/" + id + "/documents/1.02", "{}").problem(400);
        assertTrue(inspector.get("/inspections/" + id + "/documents").expect(200).json().get(0).path("supplied")
                .asBoolean());
        link.put("/inspections/" + id + "/documents/1.01", "{\"supplied\":false}").expect(200);
        assertFalse(link.get("/inspections/" + id + "/documents").expect(200).json().get(0).path("supplied")
                .asBoolean());
    }

    private JsonNode open(String type, String notifiedOn) {
        return openOn("330", type, notifiedOn, "");
    }

    /** Opens an ILACS inspection of the authority; {@code more} is further fields of the body, each with a comma. */
    private JsonNode openOn(String authority, String type, String notifiedOn, String more) {
        return Fixtures.openInspection(lead, ilacsBody(authority, type, notifiedOn, more));
    }

    private static String ilacsBody(String authority, String type, String notifiedOn, String more) {
        return "{\"localAuthority\":\"" + authority + "\",\"framework\":\"ilacs\",\"type\":\"" + type
                + "\",\"notifiedOn\":\"" + notifiedOn + "\"," + more + TEAM + "}";
    }

    private String firstCriterion() {
        return lead.get("/frameworks/ilacs").expect(200).json().path("criteria").get(0).path("id").asText();
    }

    static String evidence(String criterion, String summary, Integer revision) {
        return "{\"criterion\":\"" + criterion + "\",\"source\":\"case file\",\"observedAt\":"
                + "\"2025-09-01T10:00:00Z\",\"assessment\":\"strength\",\"summary\":\"" + summary + "\","
                + "\"children\":[\"CH-0042\"]" + (revision == null ? "" : ",\"revision\":" + revision) + "}";
    }

    static String grade(String grade, String rationale) {
        return "{\"grade\":\"" + grade + "\"" + (rationale == null ? "" : ",\"rationale\":\"" + rationale + "\"")
                + "}";
    }

    static String due(JsonNode inspection, String milestone) {
        for (JsonNode m : inspection.path("milestones")) {
            if (m.path("id").asText().equals(milestone)) {
                return m.path("due").asText();
            }
        }
        throw new AssertionError("no milestone " + milestone + " in " + inspection.path("milestones"));
    }

    private static boolean hasMilestone(JsonNode inspection, String milestone) {
        for (JsonNode m : inspection.path("milestones")) {
            if (m.path("id").asText().equals(milestone)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> ids(JsonNode inspections) {
        List<String> ids = new ArrayList<>();
        inspections.forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
