package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Child-level lists over HTTP against the booted distribution, whose inspectra-childdata bundle embeds POI and
 * Commons CSV: CSV and Excel uploads to a SIF inspection (004 Annex A, Table 2), duplicates in list 3 (000 §260), a
 * refused upload that leaves the list as it was, the size limit (set to 1 MB here through ConfigAdmin), the child
 * across lists and filters over one; an upload's progress, read while a slow upload runs and once it has finished or
 * been refused; the ILACS cohort (000 §150) proposed and accepted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ChildDataIT extends InspectraTestSupport {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int LIMIT = 1_000_000;

    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    private Api lead;
    private Api inspector;
    private Api link;
    private Api outsider;
    private Api otherLink;

    @Override
    @Configuration
    public Option[] config() {
        return OptionUtils.combine(super.config(),
                editConfigurationFilePut("etc/org.inspectra.childdata.cfg", "maxUploadBytes", String.valueOf(LIMIT)));
    }

    @Before
    public void serverIsUp() {
        Api anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        lead = anonymous.asLead();
        inspector = anonymous.asInspector();
        link = anonymous.as("lalink", "lalink");
        outsider = anonymous.as("inspector2", "inspector2");
        otherLink = anonymous.as("lalink2", "lalink2");
        Fixtures.localAuthority(anonymous.asAdmin(), "330", "Birmingham");
    }

    @Test
    public void aCsvListIsImportedWithDuplicatesInList3ReportedAndTheChildIsSeenAcrossLists() {
        String id = open();
        JsonNode result = upload(link, id, "list-3", CSV, csv(
                "Child unique ID,Gender,Date of birth,Age of child (years),Referral NFA? (Y/N),Number of referrals in "
                        + "last 12 months",
                "C-1,F,2015-03-01,,Y,2",
                "C-2,M,31/12/2012,,no,1",
                "C-1,F,2015-03-01,,N,3",
                "C-3,F,not a date,,Y,1")).expect(200).json();
        assertEquals("list-3", result.path("listId").asText());
        assertEquals(4, result.path("rows").asInt());
        assertEquals(3, result.path("accepted").asInt());
        assertEquals(1, result.path("rejected").asInt());
        assertTrue(result.toString(), hasIssue(result, 5, "date-of-birth", "invalid-date"));
        // 000 §260 asks for one row per child "where possible": the second row is kept and the data-quality rule
        // one-row-per-child counts it among the warnings of the upload's answer.
        assertTrue(result.toString(), result.path("dataQuality").path("warnings").asInt() >= 1);

        // The upload's progress stays readable once it has finished, under the id its answer gave.
        JsonNode progress = link.get(progress(id, "list-3")).expect(200).json();
        assertEquals(result.path("importId").asText(), progress.path("importId").asText());
        assertEquals("completed", progress.path("state").asText());
        assertEquals(4, progress.path("rowsRead").asInt());
        assertEquals(3, progress.path("rowsAccepted").asInt());
        assertEquals(1, progress.path("rowsRejected").asInt());
        assertEquals(1, progress.path("problems").asInt());
        assertEquals(100, progress.path("percent").asInt());
        assertEquals("lalink", progress.path("startedBy").asText());
        assertTrue(progress.toString(), progress.hasNonNull("startedAt") && progress.hasNonNull("finishedAt"));
        assertEquals("completed", lead.get(progress(id, "list-3")).expect(200).json().path("state").asText());
        // Another authority's link person, an inspector off the team: refused; a list never uploaded: 404.
        otherLink.get(progress(id, "list-3")).problem(403);
        outsider.get(progress(id, "list-3")).problem(403);
        lead.get(progress(id, "list-4")).problem(404);
        lead.get(progress(id, "list-99")).problem(404);
        Api.local().get(progress(id, "list-3")).problem(401);
        JsonNode openApi = Api.local().get("/openapi.json").expect(200).json();
        assertTrue(openApi.path("paths").toString(), openApi.path("paths")
                .has("/inspections/{id}/child-lists/{listId}/import"));
        JsonNode schemas = openApi.path("components").path("schemas");
        assertTrue(schemas.path("ImportResult").toString(), schemas.path("ImportResult").path("properties")
                .has("importId"));
        assertTrue(schemas.path("ImportProgressView").toString(), schemas.path("ImportProgressView")
                .path("properties").has("rowsRead"));

        upload(lead, id, "list-8", CSV, csv(
                "Child unique ID,Gender,Number of episodes the child has been 'missing' from their placement in the "
                        + "last 12 months",
                "C-1,F,2",
                "C-9,M,0")).expect(200);
        JsonNode child = lead.get("/inspections/" + id + "/children/C-1").expect(200).json();
        assertEquals("C-1", child.path("childId").asText());
        assertEquals(List.of("list-3", "list-8"), List.of(child.path("lists").get(0).path("listId").asText(),
                child.path("lists").get(1).path("listId").asText()));
        assertEquals("Y", child.path("lists").get(0).path("rows").get(0).path("values").path("referral-nfa")
                .asText());

        JsonNode missing = lead.get("/inspections/" + id + "/child-lists/list-8"
                + "?missing-episodes-in-last-12-months=%3E0").expect(200).json();
        assertEquals(1, missing.path("count").asInt());
        assertEquals("C-1", missing.path("rows").get(0).path("childId").asText());

        // Children's rows are the team's: not the link person's, not another inspector's.
        link.get("/inspections/" + id + "/children/C-1").problem(403);
        outsider.get("/inspections/" + id + "/children/C-1").problem(403);
    }

    @Test
    public void anExcelWorkbookIsReadAsAStreamFromTheSheetNamedForTheList() throws IOException {
        String id = open();
        byte[] workbook = xlsx("List 8", List.of(
                List.of("Child ID", "Date of birth", "Does the child have a disability? (Y/N)", "Age of child (years)"),
                // 44197 is Excel's day number for 1 January 2021
                List.of("X-1", 44197, "N", ""),
                List.of("X-2", "2010-06-15", "Y",
                        Period.between(LocalDate.of(2010, 6, 15), LocalDate.now()).getYears()),
                List.of("X-3", "2010-06-15", "maybe", "")));
        JsonNode result = upload(lead, id, "list-8", XLSX, workbook).expect(200).json();
        assertEquals(3, result.path("rows").asInt());
        assertEquals(result.toString(), 2, result.path("accepted").asInt());
        assertTrue(result.toString(), hasIssue(result, 4, "disability", "invalid-flag"));
        JsonNode child = lead.get("/inspections/" + id + "/children/X-1").expect(200).json();
        assertEquals("2021-01-01", child.path("lists").get(0).path("rows").get(0).path("values")
                .path("date-of-birth").asText());
    }

    @Test
    public void aRefusedUploadLeavesThePreviousListIntact() {
        String id = open();
        upload(lead, id, "list-5", CSV, csv("Child unique ID,Gender", "K-1,F", "K-2,M")).expect(200);

        upload(lead, id, "list-5", XLSX, "this is not a workbook".getBytes(StandardCharsets.UTF_8)).problem(400);
        JsonNode names = upload(lead, id, "list-5", CSV, csv("Child unique ID,Child's name", "K-3,Jayden Smith"))
                .problem(422);
        assertTrue(names.toString(), names.toString().contains("personal-name-column"));
        upload(lead, id, "list-5", CSV, csv("Gender", "F")).problem(422);
        upload(lead, id, "list-5", CSV, csv("Child unique ID,Date of birth", "K-4,yesterday")).problem(422);
        JsonNode refused = lead.get(progress(id, "list-5")).expect(200).json();
        assertEquals("refused", refused.path("state").asText());
        assertEquals(1, refused.path("rowsRead").asInt());
        assertEquals(0, refused.path("rowsAccepted").asInt());
        assertEquals(1, refused.path("problems").asInt());
        assertTrue(refused.toString(), refused.path("detail").asText().contains("unchanged"));
        upload(lead, id, "list-5", "application/json", "{}".getBytes(StandardCharsets.UTF_8)).problem(415);
        upload(outsider, id, "list-5", CSV, csv("Child unique ID", "K-5")).problem(403);
        upload(lead, id, "list-99", CSV, csv("Child unique ID", "K-5")).problem(404);

        JsonNode rows = lead.get("/inspections/" + id + "/child-lists/list-5").expect(200).json();
        assertEquals(2, rows.path("count").asInt());
        assertEquals("K-1", rows.path("rows").get(0).path("childId").asText());
    }

    @Test
    public void aSlowUploadShowsItsProgressWhileItRunsAndThenCompleted() throws Exception {
        String id = open();
        int rows = 6_000;
        StringBuilder first = new StringBuilder("Child unique ID,Gender\r\n");
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            (i < rows / 2 ? first : rest).append("S-").append(i).append(i % 2 == 0 ? ",F" : ",M").append("\r\n");
        }
        byte[] head = first.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = rest.toString().getBytes(StandardCharsets.UTF_8);
        CountDownLatch seenRunning = new CountDownLatch(1);
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            // The link person's client sends the first half of the list, then holds the rest back until the test
            // has seen the upload running: no timing decides what the server has read when it is asked.
            Future<String> answer = client.submit(() -> {
                HttpURLConnection put = link.streaming("PUT", "/inspections/" + id + "/child-lists/list-8", CSV,
                        head.length + tail.length);
                try (OutputStream out = put.getOutputStream()) {
                    out.write(head);
                    out.flush();
                    seenRunning.await(2, TimeUnit.MINUTES);
                    out.write(tail);
                }
                assertEquals(200, put.getResponseCode());
                assertTrue(String.valueOf(put.getHeaderField("Link")), put.getHeaderField("Link")
                        .contains("/child-lists/list-8/import") && put.getHeaderField("Link").contains("monitor"));
                try (InputStream in = put.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            });
            JsonNode running = await(lead, id, "list-8", p -> p.path("state").asText().equals("running")
                    && p.path("rowsRead").asLong() > 0, answer);
            seenRunning.countDown();
            assertTrue(running.toString(), running.path("rowsRead").asLong() <= rows / 2);
            assertTrue(running.toString(), running.path("bytesRead").asLong() <= head.length);
            assertEquals(head.length + tail.length, running.path("totalBytes").asLong());
            assertTrue(running.toString(), running.path("percent").asInt() < 100);
            assertTrue(running.toString(), running.path("finishedAt").isNull());
            assertEquals("lalink", running.path("startedBy").asText());
            otherLink.get(progress(id, "list-8")).problem(403);

            JsonNode result = new ObjectMapper().readTree(answer.get(2, TimeUnit.MINUTES));
            assertEquals(rows, result.path("accepted").asInt());
            assertEquals(running.path("importId").asText(), result.path("importId").asText());
            JsonNode completed = await(lead, id, "list-8", p -> p.path("state").asText().equals("completed"), null);
            assertEquals(result.path("importId").asText(), completed.path("importId").asText());
            assertEquals(rows, completed.path("rowsRead").asInt());
            assertEquals(rows, completed.path("rowsAccepted").asInt());
            assertEquals(head.length + tail.length, completed.path("bytesRead").asLong());
            assertEquals(100, completed.path("percent").asInt());
        } finally {
            seenRunning.countDown();
            client.shutdownNow();
        }
    }

    /** Polls the list's import progress until it matches, for at most a minute (or until the upload answers). */
    private static JsonNode await(Api api, String id, String listId, Predicate<JsonNode> matches, Future<?> upload)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = api.get(progress(id, listId));
            if (reply.status() == 200) {
                last = reply.json();
                if (matches.test(last)) {
                    return last;
                }
            } else {
                reply.problem(404);
            }
            if (upload != null && upload.isDone()) {
                upload.get();
                throw new AssertionError("the upload answered before its progress matched: " + last);
            }
            Api.sleep(20);
        }
        throw new AssertionError("the progress of " + listId + " did not match within a minute: " + last);
    }

    private static String progress(String id, String listId) {
        return "/inspections/" + id + "/child-lists/" + listId + "/import";
    }

    @Test
    public void anUploadOverTheConfiguredLimitIs413AndChangesNothing() {
        String id = open();
        upload(lead, id, "list-6", CSV, csv("Child unique ID", "L-1")).expect(200);
        StringBuilder big = new StringBuilder("Child unique ID,Gender\n");
        for (int i = 0; big.length() <= LIMIT; i++) {
            big.append("B-").append(i).append(",F\n");
        }
        upload(lead, id, "list-6", CSV, big.toString().getBytes(StandardCharsets.UTF_8)).problem(413);
        assertEquals(1, lead.get("/inspections/" + id + "/child-lists/list-6").expect(200).json().path("count")
                .asInt());
    }

    @Test
    public void theIlacsRuleProposesACohortReproduciblyAndTheLeadAcceptsItWithASwap() {
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":"
                + "\"standard\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
        StringBuilder list8 = new StringBuilder("Child unique ID,Gender,Number of brothers and sisters,Missing "
                + "episodes\n");
        for (int i = 0; i < 30; i++) {
            list8.append("M-").append(i).append(',').append(i % 2 == 0 ? "F" : "M").append(',')
                    .append(i == 12 ? 4 : 1).append(',').append(i == 7 ? 2 : 0).append('\n');
        }
        JsonNode imported = upload(lead, id, "list-8", CSV, list8.toString().getBytes(StandardCharsets.UTF_8))
                .expect(200).json();
        assertEquals(30, imported.path("accepted").asInt());

        String request = "{\"stage\":\"cohort\",\"size\":6}";
        JsonNode proposal = lead.post("/inspections/" + id + "/selections", request).expect(200).json();
        List<String> proposed = ids(proposal.path("children"));
        assertEquals(6, proposed.size());
        assertTrue(proposal.toString(), proposed.contains("M-7") && proposed.contains("M-12"));
        for (JsonNode rule : proposal.path("rules")) {
            if (List.of("abuse-exploitation-missing", "large-sibling-group").contains(rule.path("id").asText())) {
                assertTrue(rule.toString(), rule.path("met").asBoolean());
            }
        }
        assertEquals(proposed, ids(lead.post("/inspections/" + id + "/selections", request).expect(200).json()
                .path("children")));

        StringBuilder accepted = new StringBuilder("{\"children\":[");
        for (int i = 0; i < 5; i++) {
            JsonNode child = proposal.path("children").get(i);
            accepted.append("{\"childId\":\"").append(child.path("childId").asText()).append("\",\"reason\":")
                    .append(child.path("reason").toString()).append("},");
        }
        String swappedIn = proposed.contains("M-29") ? "M-28" : "M-29";
        accepted.append("{\"childId\":\"").append(swappedIn).append("\"}]}");
        inspector.put("/inspections/" + id + "/selections/cohort", accepted.toString()).problem(403);
        lead.put("/inspections/" + id + "/selections/cohort", "{\"children\":[{\"childId\":\"Z-1\"}]}")
                .problem(422);
        lead.post("/inspections/" + id + "/selections", "{\"stage\":\"deep-dive\"}").problem(404);
        lead.put("/inspections/" + id + "/selections/cohort", accepted.toString()).expect(200);

        JsonNode kept = inspector.get("/inspections/" + id + "/selections/cohort").expect(200).json();
        assertEquals("lead", kept.path("acceptedBy").asText());
        assertEquals(6, kept.path("children").size());
        assertEquals(swappedIn, kept.path("children").get(5).path("childId").asText());
        assertTrue(kept.toString(), kept.path("children").get(5).path("reason").asText().contains("lead inspector"));
    }

    static List<String> ids(JsonNode children) {
        List<String> ids = new java.util.ArrayList<>();
        children.forEach(c -> ids.add(c.path("childId").asText()));
        return ids;
    }

    private String open() {
        return Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"sif\",\"type\":"
                + "\"single-inspection\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
    }

    private static Api.Reply upload(Api api, String id, String listId, String type, byte[] body) {
        return api.send("PUT", "/inspections/" + id + "/child-lists/" + listId, type, body);
    }

    private static boolean hasIssue(JsonNode result, int row, String field, String code) {
        for (JsonNode issue : result.path("issues")) {
            if (issue.path("row").asInt() == row && issue.path("field").asText().equals(field)
                    && issue.path("code").asText().equals(code)) {
                return true;
            }
        }
        return false;
    }

    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The smallest workbook Excel opens: one sheet, inline strings, numbers as numbers. */
    static byte[] xlsx(String sheetName, List<List<Object>> rows) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"" + main + "\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                if (value instanceof Number) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
                } else if (!value.toString().isEmpty()) {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(value)
                            .append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
                    + "sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                    + "worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\""
                    + "xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                    + "<sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml)
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
