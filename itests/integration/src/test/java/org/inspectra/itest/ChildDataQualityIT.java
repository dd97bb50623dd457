package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.inspectra.api.retention.RetentionDue;
import org.inspectra.api.retention.RetentionService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Issue 15 over HTTP against the booted distribution: real-shaped ILACS workbooks (day/month/year dates, SIF's "Name
 * of provider") as CSV and as .xlsx; lists 3, 4, 7 and 8 of one ILACS inspection, a child's chronology across them,
 * the data-quality report as JSON, CSV and Excel (opened with the POI the server embeds); the access log those reads
 * leave; retention previewed, run on a published inspection (rows gone, audited, evidence kept) and not on an open one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ChildDataQualityIT extends InspectraTestSupport {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"}]";

    @Inject
    private BundleContext context;

    private Api admin;
    private Api lead;
    private Api inspector;
    private Api link;

    @Before
    public void serverIsUp() {
        Api anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        admin = anonymous.asAdmin();
        lead = anonymous.asLead();
        inspector = anonymous.asInspector();
        link = anonymous.as("lalink", "lalink");
        Fixtures.localAuthority(admin, "330", "Birmingham");
    }

    /**
     * Issue 15's crash: an ILACS list 3 with a day/month/year date of birth answered 500, and list 8 with SIF's "Name
     * of provider" was refused as a column of names. Both as CSV and as a workbook.
     */
    @Test
    public void realShapedIlacsWorkbooksAreAcceptedAsCsvAndAsExcel() throws IOException {
        String id = open("standard", "2025-08-18");
        JsonNode csv = upload(link, id, "list-3", CSV, ChildDataIT.csv("Child unique ID,Gender,Date of birth",
                "A1,Female,21/09/2014")).expect(200).json();
        assertEquals(csv.toString(), 1, csv.path("accepted").asInt());
        assertEquals("2014-09-21", row(id, "A1", "list-3").path("date-of-birth").asText());

        JsonNode xlsx = upload(link, id, "list-3", XLSX, ChildDataIT.xlsx("List 3", List.of(
                List.of("Child unique ID", "Gender", "Date of birth"),
                List.of("A1", "Female", "21/09/2014"),
                List.of("A2", "Male", 41900)))).expect(200).json();
        assertEquals(xlsx.toString(), 2, xlsx.path("accepted").asInt());
        assertEquals("2014-09-21", row(id, "A1", "list-3").path("date-of-birth").asText());
        assertEquals("2014-09-18", row(id, "A2", "list-3").path("date-of-birth").asText());

        for (String type : List.of(CSV, XLSX)) {
            byte[] body = type.equals(CSV) ? ChildDataIT.csv("Child unique ID,Name of provider,Placement type",
                    "A1,Acme Fostering Ltd,U4") : ChildDataIT.xlsx("List 8", List.of(
                    List.of("Child unique ID", "Name of provider", "Placement type"),
                    List.of("A1", "Acme Fostering Ltd", "U4")));
            JsonNode list8 = upload(link, id, "list-8", type, body).expect(200).json();
            assertEquals(list8.toString(), 1, list8.path("accepted").asInt());
            assertTrue(list8.toString(), list8.path("issues").isEmpty());
            assertEquals("Acme Fostering Ltd", row(id, "A1", "list-8").path("provider-name").asText());
        }
        // A column of people's names is still refused.
        upload(link, id, "list-8", CSV, ChildDataIT.csv("Child unique ID,Name of carer", "A1,x")).problem(422);
    }

    @Test
    public void aChildsChronologyAcrossListsTheDataQualityReportInThreeFormatsAndTheAccessLog() throws Exception {
        String id = open("standard", "2025-08-18");
        upload(link, id, "list-3", CSV, ChildDataIT.csv(
                "Child unique ID,Gender,Date of birth,Date of the most recent referral,Referral NFA? (Y/N)",
                "C-1,Female,21/09/2014,01/07/2025,N",
                "C-2,Male,05/05/2013,10/01/2025,N")).expect(200);
        upload(link, id, "list-4", CSV, ChildDataIT.csv(
                "Child unique ID,Gender,Date of birth,Continuous assessment start date,"
                        + "Continuous assessment date of authorisation",
                "C-1,F,21/09/2014,03/07/2025,20/07/2025",
                "C-2,M,06/05/2013,01/06/2025,01/05/2025")).expect(200);
        upload(link, id, "list-7", CSV, ChildDataIT.csv(
                "Child unique ID,Gender,Date of birth,Child protection plan start date,Child protection plan end date",
                "C-1,Female,21/09/2014,01/08/2025,")).expect(200);
        JsonNode list8 = upload(link, id, "list-8", XLSX, ChildDataIT.xlsx("List 8", List.of(
                List.of("Child unique ID", "Gender", "Date of birth", "Date started to be looked after",
                        "Start date of most recent placement", "Number of episodes the child has been 'missing' "
                                + "from their placement in the last 12 months", "Name of provider"),
                List.of("C-1", "Female", "21/09/2014", "10/08/2025", "12/08/2025", 2, "Acme Fostering Ltd")))).expect(200)
                .json();
        // The upload's answer counts the rules' findings across all four lists.
        assertTrue(list8.toString(), list8.path("dataQuality").path("errors").asInt() >= 2);
        assertTrue(list8.toString(), list8.path("dataQuality").path("warnings").asInt() >= 2);

        JsonNode chronology = lead.get("/inspections/" + id + "/children/C-1/chronology").expect(200).json();
        assertEquals("C-1", chronology.path("childId").asText());
        List<String> events = new ArrayList<>();
        chronology.path("events").forEach(e -> events.add(e.path("date").asText() + " " + e.path("event").asText()
                + " " + e.path("listId").asText() + ":" + e.path("row").asInt() + ":" + e.path("field").asText()));
        assertEquals(List.of(
                "2014-09-21 birth list-3:2:date-of-birth",
                "2014-09-21 birth list-4:2:date-of-birth",
                "2014-09-21 birth list-7:2:date-of-birth",
                "2014-09-21 birth list-8:2:date-of-birth",
                "2025-07-01 referral list-3:2:date-of-most-recent-referral",
                "2025-07-03 assessment-start list-4:2:continuous-assessment-start-date",
                "2025-07-20 assessment-authorised list-4:2:continuous-assessment-authorised",
                "2025-08-01 cp-plan-start list-7:2:cp-plan-start-date",
                "2025-08-10 started-looked-after list-8:2:date-started-looked-after",
                "2025-08-12 placement-start list-8:2:placement-start-date"), events);
        lead.get("/inspections/" + id + "/children/C-404/chronology").problem(404);
        lead.get("/inspections/" + id + "/children/C-404").problem(404);
        link.get("/inspections/" + id + "/children/C-1/chronology").problem(403);
        lead.get("/inspections/" + id + "/children/C-1").expect(200);

        JsonNode report = inspector.get("/inspections/" + id + "/data-quality").expect(200).json();
        assertTrue(report.toString(), report.hasNonNull("checkedAt"));
        Map<String, Integer> counts = new HashMap<>();
        report.path("rules").forEach(r -> counts.put(r.path("code").asText(), r.path("count").asInt()));
        assertEquals(report.toString(), 1, (int) counts.get("outside-list-period"));
        assertEquals(report.toString(), 1, (int) counts.get("different-date-of-birth"));
        assertEquals(report.toString(), 1, (int) counts.get("ends-before-start"));
        assertEquals(report.toString(), 1, (int) counts.get("missing-without-return-interview"));
        assertEquals(report.toString(), 0, (int) counts.get("looked-after-and-care-leaver"));
        JsonNode rule = report.path("rules").get(0);
        assertEquals("warning", rule.path("severity").asText());
        assertEquals("000 §258; 004 Annex A, Table 1", rule.path("source").asText());
        JsonNode dob = finding(report, "different-date-of-birth");
        assertEquals("list-4", dob.path("listId").asText());
        assertEquals(3, dob.path("row").asInt());
        assertEquals("C-2", dob.path("childId").asText());
        assertEquals("[\"date-of-birth\"]", dob.path("fields").toString());
        assertFalse(dob.path("message").asText().isBlank());

        Api.Document csv = inspector.getAs("/inspections/" + id + "/data-quality", CSV).expect(200);
        assertTrue(csv.contentType(), csv.contentType().startsWith(CSV));
        List<String> lines = csv.text().lines().toList();
        assertEquals("\uFEFFCode,Severity,Title,Source,List,Row,Child,Fields,Message", lines.get(0));
        assertEquals(report.path("findings").size() + 1, lines.size());

        Api.Document excel = lead.getAs("/inspections/" + id + "/data-quality", XLSX).expect(200);
        assertTrue(excel.contentType(), excel.contentType().startsWith(XLSX));
        Workbook workbook = new Workbook(excel.body());
        assertEquals("Code", workbook.text("Summary", 0, 0));
        assertEquals("outside-list-period", workbook.text("Summary", 1, 0));
        assertEquals(1.0, workbook.number("Summary", 1, 4), 0);
        assertEquals(report.path("rules").size() + 2, workbook.lastRow("Summary"));
        assertEquals(report.path("findings").size(), workbook.lastRow("Findings"));
        assertEquals("different-date-of-birth", workbook.text("Findings", lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("different-date-of-birth")).findFirst().orElseThrow()), 0));
        link.get("/inspections/" + id + "/data-quality").problem(403);
        Api.local().get("/inspections/" + id + "/data-quality").problem(401);

        // Every read above is in the access log, oldest first, paged; for administrators only.
        List<String> reads = new ArrayList<>();
        String next = "/inspections/" + id + "/access-log?limit=2";
        int pages = 0;
        while (next != null) {
            Api.Reply page = admin.get(next).expect(200);
            page.json().forEach(r -> reads.add(r.path("user").asText() + " " + r.path("kind").asText() + " "
                    + r.path("subject").asText()));
            next = page.link() == null ? null : nextPath(page.link());
            pages++;
        }
        assertEquals(List.of("lead chronology C-1", "lead child C-1", "inspector data-quality ",
                "inspector data-quality ", "lead data-quality "), reads.stream().map(r -> r.replace("null", ""))
                .toList());
        assertEquals(3, pages);
        lead.get("/inspections/" + id + "/access-log").problem(403);
        admin.get("/inspections/" + id + "/access-log?limit=501").problem(400);
        JsonNode openApi = Api.local().get("/openapi.json").expect(200).json();
        for (String path : List.of("/inspections/{id}/children/{childId}/chronology", "/inspections/{id}/data-quality",
                "/inspections/{id}/access-log", "/admin/retention")) {
            assertTrue(path, openApi.path("paths").has(path));
        }
    }

    @Test
    public void retentionDeletesAPublishedInspectionsRowsWhenDueWithAnAuditEntryAndLeavesAnOpenOneAlone() {
        // Short inspections move through the lifecycle with no more than this (InspectionWorkIT).
        String published = open("short", "2025-09-15");
        String open = open("short", "2025-09-15");
        for (String id : List.of(published, open)) {
            upload(link, id, "list-3", CSV, ChildDataIT.csv("Child unique ID,Date of birth", "R-1,21/09/2014",
                    "R-2,01/01/2015")).expect(200);
        }
        inspector.post("/inspections/" + published + "/evidence", "{\"criterion\":\"" + firstCriterion()
                + "\",\"source\":\"case file\",\"observedAt\":\"2025-08-27T10:00:00Z\",\"assessment\":\"strength\","
                + "\"summary\":\"Child R-1 was seen alone\",\"children\":[\"R-1\"]}").expect(201);
        assertFalse(previewed(published));

        for (String next : List.of("fieldwork", "findings-agreed", "draft-sent", "factual-accuracy", "final",
                "published")) {
            lead.put("/inspections/" + published + "/status", "{\"status\":\"" + next + "\"}").expect(200);
        }
        JsonNode preview = admin.get("/admin/retention").expect(200).json();
        assertEquals(90, preview.path("days").asInt());
        JsonNode due = inspection(preview, published);
        assertNotNull(preview.toString(), due);
        assertNull(preview.toString(), inspection(preview, open));
        Instant publishedAt = Instant.parse(due.path("publishedAt").asText());
        assertEquals(publishedAt.plus(Duration.ofDays(90)), Instant.parse(due.path("deleteAt").asText()));
        assertEquals(2, due.path("rows").path("list-3").asInt());
        lead.get("/admin/retention").problem(403);

        // The job as it runs on the day before and on the day the rows are due.
        RetentionService retention = service(RetentionService.class);
        assertTrue(retention.deleteDue(publishedAt.plus(Duration.ofDays(89))).stream()
                .noneMatch(d -> d.inspectionId().equals(published)));
        lead.get("/inspections/" + published + "/children/R-1").expect(200);
        List<RetentionDue> deleted = retention.deleteDue(publishedAt.plus(Duration.ofDays(90)));
        assertTrue(deleted.stream().anyMatch(d -> d.inspectionId().equals(published)));
        assertTrue(deleted.stream().noneMatch(d -> d.inspectionId().equals(open)));

        lead.get("/inspections/" + published + "/children/R-1").problem(404);
        assertEquals(0, lead.get("/inspections/" + published + "/child-lists/list-3").expect(200).json()
                .path("count").asInt());
        assertEquals("R-1", lead.get("/inspections/" + open + "/children/R-1").expect(200).json().path("childId")
                .asText());
        assertFalse(previewed(published));
        assertEquals(1, lead.get("/inspections/" + published + "/evidence").expect(200).json().size());
        JsonNode audit = lead.get("/inspections/" + published + "/audit").expect(200).json();
        JsonNode entry = null;
        for (JsonNode e : audit) {
            if (e.path("action").asText().equals("child-data.deleted")) {
                entry = e;
            }
        }
        assertNotNull(audit.toString(), entry);
        assertEquals("retention", entry.path("actor").asText());
        assertTrue(entry.toString(), entry.path("after").asText().contains("\"rows\":2"));
    }

    private String open(String type, String notifiedOn) {
        return Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":\""
                + type + "\",\"notifiedOn\":\"" + notifiedOn + "\"," + TEAM + "}").path("id").asText();
    }

    private String firstCriterion() {
        return lead.get("/frameworks/ilacs").expect(200).json().path("criteria").get(0).path("id").asText();
    }

    private boolean previewed(String id) {
        return inspection(admin.get("/admin/retention").expect(200).json(), id) != null;
    }

    private static JsonNode inspection(JsonNode preview, String id) {
        for (JsonNode due : preview.path("inspections")) {
            if (due.path("inspectionId").asText().equals(id)) {
                return due;
            }
        }
        return null;
    }

    private JsonNode row(String id, String childId, String listId) {
        for (JsonNode list : lead.get("/inspections/" + id + "/children/" + childId).expect(200).json()
                .path("lists")) {
            if (list.path("listId").asText().equals(listId)) {
                return list.path("rows").get(list.path("rows").size() - 1).path("values");
            }
        }
        throw new AssertionError(childId + " is not on " + listId);
    }

    private static JsonNode finding(JsonNode report, String code) {
        for (JsonNode f : report.path("findings")) {
            if (f.path("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + code + " in " + report);
    }

    /** The path and query of a {@code Link: <http://…/api/v1/…>; rel="next"} header. */
    private static String nextPath(String link) {
        assertTrue(link, link.contains("rel=\"next\""));
        String uri = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        return uri.substring(uri.indexOf("/api/v1") + "/api/v1".length());
    }

    private static Api.Reply upload(Api api, String id, String listId, String type, byte[] body) {
        return api.send("PUT", "/inspections/" + id + "/child-lists/" + listId, type, body);
    }

    private <T> T service(Class<T> type) {
        ServiceReference<T> reference = context.getServiceReference(type);
        assertNotNull(type.getName(), reference);
        return context.getService(reference);
    }

    /**
     * A workbook opened with Apache POI: the POI the server's inspectra-childdata bundle embeds, reached through that
     * bundle's class loader (no bundle exports POI), so the test reads the file as Excel readers do.
     */
    private final class Workbook {
        private final Object workbook;

        Workbook(byte[] bytes) throws Exception {
            Bundle childdata = Arrays.stream(context.getBundles())
                    .filter(b -> b.getSymbolicName().endsWith("inspectra-childdata")).findFirst().orElseThrow();
            Class<?> type = childdata.loadClass("org.apache.poi.xssf.usermodel.XSSFWorkbook");
            workbook = type.getConstructor(java.io.InputStream.class).newInstance(new ByteArrayInputStream(bytes));
        }

        String text(String sheet, int row, int column) throws Exception {
            return (String) call(cell(sheet, row, column), "getStringCellValue");
        }

        double number(String sheet, int row, int column) throws Exception {
            return (double) call(cell(sheet, row, column), "getNumericCellValue");
        }

        int lastRow(String sheet) throws Exception {
            return (int) call(sheet(sheet), "getLastRowNum");
        }

        private Object sheet(String name) throws Exception {
            Object sheet = call(workbook, "getSheet", name);
            assertNotNull(name, sheet);
            return sheet;
        }

        private Object cell(String sheet, int row, int column) throws Exception {
            return call(call(sheet(sheet), "getRow", row), "getCell", column);
        }

        private Object call(Object target, String name, Object... args) throws Exception {
            for (Method method : target.getClass().getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == args.length
                        && (args.length == 0 || method.getParameterTypes()[0] == (args[0] instanceof Integer
                        ? int.class : args[0].getClass()))) {
                    return method.invoke(target, args);
                }
            }
            throw new AssertionError("no method " + name + " on " + target.getClass());
        }
    }

}
