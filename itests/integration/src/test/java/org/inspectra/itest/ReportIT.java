package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * ILACS reports and letters over HTTP (000 §208-221): rendered from the recorded judgements and findings in HTML,
 * Markdown and PDF, the PDF read back; refused while a grade is missing; the draft mark until the inspection is final;
 * the summary for children apart from the report; a focused visit's letter with its priority action.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportIT extends InspectraTestSupport {

    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    private Api admin;
    private Api lead;

    /** The test reads the PDF back with PDFBox inside the container, so the container gets PDFBox's bundles. */
    @Override
    @Configuration
    public Option[] config() {
        Option[] base = super.config();
        Option[] all = Arrays.copyOf(base, base.length + 2);
        all[base.length] = mavenBundle("org.apache.pdfbox", "fontbox", "2.0.24");
        all[base.length + 1] = mavenBundle("org.apache.pdfbox", "pdfbox", "2.0.24");
        return all;
    }

    @Before
    public void serverIsUp() {
        Api anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        admin = anonymous.asAdmin();
        lead = anonymous.asLead();
        Fixtures.localAuthority(admin, "330", "Birmingham");
    }

    @Test
    public void aStandardInspectionReportsItsGradesInEveryFormatWithTheDraftMarkUntilFinal() throws Exception {
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":"
                + "\"standard\",\"notifiedOn\":\"2025-08-18\"," + TEAM + "}").path("id").asText();
        String report = "/inspections/" + id + "/report";
        lead.put("/inspections/" + id + "/judgements/help-and-protection", grade("good")).expect(200);
        // 409 while a graded report lacks a grade, naming what is missing.
        JsonNode missing = lead.get(report).problem(409);
        assertTrue(missing.toString(), missing.toString().contains("children-in-care"));

        lead.put("/inspections/" + id + "/judgements/children-in-care", grade("requires-improvement")).expect(200);
        lead.put("/inspections/" + id + "/judgements/impact-of-leaders", grade("good")).expect(200);
        lead.put("/inspections/" + id + "/judgements/overall-effectiveness",
                "{\"grade\":\"good\",\"rationale\":\"Children are safer than they were\"}").expect(200);
        lead.post("/inspections/" + id + "/findings", "{\"kind\":\"strength\",\"judgement\":\"help-and-protection\","
                + "\"text\":\"Children at risk are seen quickly by skilled social workers\"}").expect(201);
        lead.post("/inspections/" + id + "/findings", "{\"kind\":\"area-for-improvement\",\"text\":\"The "
                + "quality of supervision for social workers\"}").expect(201);

        // 000 §211: the summary answers four questions; the report waits for every answer, naming what is missing.
        String summary = "/inspections/" + id + "/summary";
        JsonNode questions = lead.get(summary).expect(200).json();
        assertEquals(4, questions.size());
        assertEquals("What has changed for children since the last inspection?",
                questions.path(3).path("question").asText());
        assertEquals("000 §211", questions.path(0).path("source").asText());
        JsonNode unanswered = lead.get(report).problem(409);
        assertTrue(unanswered.toString(), unanswered.toString().contains("summary.changed-since-last-inspection"));
        Api.local().asInspector().put(summary + "/children-experiences", "{\"text\":\"x\"}").problem(403);
        lead.put(summary + "/no-such-question", "{\"text\":\"x\"}").problem(404);
        List<String> answers = List.of("Most children live in safe and stable homes.",
                "Leaders know their services well through regular audit.",
                "Leaders have invested in smaller caseloads and supervision.",
                "Children in need of help are now seen sooner than at the last inspection.");
        for (int i = 0; i < 4; i++) {
            JsonNode written = lead.put(summary + "/" + questions.path(i).path("id").asText(),
                    "{\"text\":\"" + answers.get(i) + "\"}").expect(200).json();
            assertEquals("lead", written.path("writtenBy").asText());
        }

        Api.Document html = lead.getAs(report, "text/html").expect(200);
        assertTrue(html.text().contains("To what extent do leaders know about the quality of front-line practice?"));
        assertTrue(html.text().contains(answers.get(3)));
        assertTrue(html.contentType().startsWith("text/html"));
        assertTrue(html.text().contains("Birmingham"));
        assertTrue(html.text().contains("Requires improvement to be good"));
        assertTrue(html.text().contains("Draft — for factual accuracy check"));
        assertTrue(html.text().contains("2018.12"));
        Api.Document markdown = lead.getAs(report, "text/markdown").expect(200);
        assertTrue(markdown.text().contains("| Overall effectiveness | Good |"));
        assertTrue(markdown.text().contains("The quality of supervision for social workers"));

        Api.Document pdf = lead.getAs(report, "application/pdf").expect(200);
        assertEquals("application/pdf", pdf.contentType());
        try (PDDocument document = PDDocument.load(pdf.body())) {
            assertTrue(document.getNumberOfPages() <= 10);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text, text.contains("Birmingham"));
            assertTrue(text, text.contains("Requires improvement to be good"));
            assertTrue(text, text.contains("Leaders know their services well through regular audit."));
        }

        // 000 §215-216: the summary for children is a separate document.
        Api.Document children = lead.getAs(report + "?audience=children", "text/html").expect(200);
        assertNotEquals(html.text(), children.text());
        assertTrue(children.text().contains("What we found when we visited Birmingham"));
        lead.getAs(report + "?audience=everyone", "text/html").expect(400);

        // The link person sees nothing before the draft goes to the authority; the mark goes once final.
        Api link = Api.local().as("lalink", "lalink");
        link.getAs(report, "text/html").expect(403);
        for (String next : List.of("fieldwork", "findings-agreed", "draft-sent")) {
            lead.put("/inspections/" + id + "/status", "{\"status\":\"" + next + "\"}").expect(200);
        }
        assertTrue(link.getAs(report, "text/html").expect(200).text().contains("Draft — for factual accuracy"));
        for (String next : List.of("factual-accuracy", "final")) {
            lead.put("/inspections/" + id + "/status", "{\"status\":\"" + next + "\"}").expect(200);
        }
        assertFalse(lead.getAs(report, "text/html").expect(200).text().contains("Draft —"));
        assertFalse(lead.getAs(report, "text/markdown").expect(200).text().contains("Draft —"));
    }

    @Test
    public void aFocusedVisitLetterSetsOutItsPriorityAction() {
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":"
                + "\"focused-visit\",\"topics\":[\"front-door\"],\"notifiedOn\":\"2025-09-09\"," + TEAM + "}")
                .path("id").asText();
        lead.post("/inspections/" + id + "/findings", "{\"kind\":\"priority-action\",\"text\":\"Children missing "
                + "from home are not offered return interviews\"}").expect(201);
        Api.Document letter = lead.getAs("/inspections/" + id + "/report", "text/html").expect(200);
        assertTrue(letter.text().contains("Areas for priority action"));
        assertTrue(letter.text().contains("return interviews"));
        // 000 §215: no summary for children after a visit.
        lead.getAs("/inspections/" + id + "/report?audience=children", "text/html").expect(409);
    }

    @Test
    public void everyFrameworkRendersItsReportInAllThreeFormats() throws Exception {
        // LAC 2013 (002 §34): the report contents headings with their grades.
        String lac = open("lac", "inspection", "2025-09-01", "");
        for (String j : List.of("overall-effectiveness", "capacity-to-improve", "leadership-and-management",
                "quality-of-provision", "outcomes")) {
            lead.put("/inspections/" + lac + "/judgements/" + j, grade("adequate")).expect(200);
        }
        assertRenders(lac, "Services for looked after children", "Adequate");

        // SIF 2015 with its LSCB review inside (004 §9).
        String sif = open("sif", "single-inspection", "2025-09-08", "");
        String lscb = open("lscb", "review", "2025-09-08", ",\"concurrentWith\":\"" + sif + "\"");
        for (String j : List.of("overall-effectiveness", "help-and-protection", "looked-after-and-permanence",
                "leadership-management-governance", "adoption-performance", "care-leavers")) {
            lead.put("/inspections/" + sif + "/judgements/" + j, grade("good")).expect(200);
        }
        lead.put("/inspections/" + lscb + "/judgements/lscb-effectiveness", grade("requires-improvement"))
                .expect(200);
        // 004 Annex A: the context section, written by the lead inspector fact by fact.
        JsonNode facts = lead.get("/inspections/" + sif + "/context").expect(200).json();
        assertTrue(facts.size() > 10);
        assertEquals("childrens-homes", facts.get(0).path("id").asText());
        lead.put("/inspections/" + sif + "/context/dcs-in-post-since", "{\"text\":\"The Director of Children's "
                + "Services has been in post since 03/2021.\"}").expect(200);
        Api.local().asInspector().put("/inspections/" + sif + "/context/dcs-in-post-since", "{\"text\":\"x\"}")
                .problem(403);
        lead.put("/inspections/" + sif + "/context/no-such-fact", "{\"text\":\"x\"}").problem(404);
        assertRenders(sif, "Good", "Requires improvement", "Local leadership", "in post since 03/2021");

        // Targeted (003 §82-90): a letter to the DCS, the chief executive and the LSCB chair; no grades.
        String targeted = open("targeted", "targeted", "2025-04-15", "");
        lead.post("/inspections/" + targeted + "/findings", "{\"kind\":\"strength\",\"text\":\"Referrals are "
                + "screened by skilled staff within a day\"}").expect(201);
        assertRenders(targeted, "Chief Executive", "screened by skilled staff");
    }

    private String open(String framework, String type, String notifiedOn, String extra) {
        return Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"" + framework
                + "\",\"type\":\"" + type + "\",\"notifiedOn\":\"" + notifiedOn + "\"," + TEAM + extra + "}")
                .path("id").asText();
    }

    /** HTML, Markdown and a PDF that opens and holds the same words. */
    private void assertRenders(String id, String... words) throws Exception {
        String report = "/inspections/" + id + "/report";
        String html = lead.getAs(report, "text/html").expect(200).text();
        String markdown = lead.getAs(report, "text/markdown").expect(200).text();
        String pdf;
        try (PDDocument document = PDDocument.load(lead.getAs(report, "application/pdf").expect(200).body())) {
            // A table cell wraps its words over lines: compare with the line breaks folded.
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String word : words) {
            assertTrue(id + " HTML holds " + word, html.contains(word));
            assertTrue(id + " Markdown holds " + word, markdown.contains(word));
            assertTrue(id + " PDF holds " + word + ": " + pdf, pdf.contains(word));
        }
    }

    private static String grade(String grade) {
        return "{\"grade\":\"" + grade + "\"}";
    }
}
