package org.inspectra.itest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.inspectra.itest.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A lead inspector's work in the browser: an ILACS standard inspection carried from opening to a published report
 * (evidence with the name warning, coverage, a finding, judgements with a hard rule refusing and a soft rule
 * accepted with the rationale, the report's summary, the lifecycle, the PDF), and child-level data uploaded with its
 * progress to the end.
 */
class InspectionBrowserIT extends BrowserTestSupport {

    @Test
    void aLeadCarriesAnIlacsStandardInspectionFromOpeningToAPublishedReport() throws IOException {
        browser.signIn("lead", "lead");
        browser.toNextPage(() -> browser.find("a[href='/inspections/new']").click());
        checkScreen("open-inspection");
        select("localAuthority", "330");
        select("framework", "ilacs");
        browser.awaitScreen();
        select("type", "standard");
        setValue("notifiedOn", "2025-09-01");
        type("inspectors", "inspector");
        press("Open the inspection");
        browser.await(d -> d.getCurrentUrl().contains("?opened=1"));
        browser.awaitScreen();
        String id = browser.path().replaceAll("^/inspections/([^/?]+).*", "$1");
        assertThat(browser.text("main")).contains("Birmingham (330)", "Milestones", "inspector");
        checkScreen("inspection");

        // Lifecycle: a step the API refuses shows its reason; the next allowed step goes through.
        move("fieldwork");

        // Evidence: the criterion found by searching, the name warned of while typing and again once saved.
        browser.open("/inspections/" + id + "/evidence");
        type("criterion-search", "early help");
        assertThat(browser.text("#criterion-count")).isEqualTo("1 criterion matches");
        select("criterion", "early-help");
        type("source", "case file");
        setValue("observedAt", "2025-09-10T10:00");
        choose("assessment", "strength");
        type("summary", "Jayden Smith was seen alone by his social worker within a day of the referral");
        browser.await(d -> d.findElement(By.id("name-warning")).getText().contains("Jayden Smith"));
        checkScreen("evidence-name-warning");
        press("Record the evidence");
        awaitText("The evidence is recorded");
        // Saved, and warned again: a warning, not part of the success banner.
        assertThat(browser.text(".govuk-notification-banner--success")).doesNotContain("Jayden Smith");
        assertThat(browser.text("#saved-name-warning .govuk-warning-text")).contains("may name a person",
                "Jayden Smith");
        assertThat(browser.text("main")).contains("Early help", "revision 1");
        checkScreen("evidence");

        // Someone revises the record meanwhile: the stale save (If-Match) is refused with 412, and nothing typed is
        // lost; their revision is shown, and saving again revises it.
        String recordId = browser.find(".govuk-summary-card[id^='record-']").getAttribute("id")
                .substring("record-".length());
        browser.open("/inspections/" + id + "/evidence?revise=" + recordId);
        type("summary", "Child J was seen alone by the social worker within a day of the referral");
        api().asLead().put("/inspections/" + id + "/evidence/" + recordId, "{\"criterion\":\"early-help\","
                + "\"source\":\"case file\",\"observedAt\":\"2025-09-10T09:00:00Z\",\"assessment\":\"strength\","
                + "\"summary\":\"JS was seen alone\",\"revision\":1}").expect(200);
        press("Save the revision");
        awaitText("Someone else changed this");
        assertThat(browser.find("#summary").getAttribute("value")).startsWith("Child J was seen alone");
        assertThat(browser.text("#latest-revision")).contains("Revision 2", "JS was seen alone");
        checkScreen("evidence-changed-meanwhile");
        press("Save the revision");
        awaitText("Revision 3 is saved");

        browser.open("/inspections/" + id + "/coverage");
        assertThat(browser.text("main")).contains("No evidence");
        assertThat(browser.all(".app-heat-row--empty")).isNotEmpty();
        checkScreen("coverage");

        browser.open("/inspections/" + id + "/findings");
        choose("kind", "strength");
        type("text", "Children who need help are seen quickly and alone");
        press("Record the finding");
        awaitText("The finding is recorded");
        checkScreen("findings");

        // Judgements: the what-if check before saving; the hard rule refuses; the soft rule asks for the rationale.
        browser.open("/inspections/" + id + "/judgements");
        grade("help-and-protection", "inadequate");
        WebElement overall = form("overall-effectiveness");
        choose(overall, "grade", "good");
        browser.await(d -> form("overall-effectiveness").getText().contains("This grade would be refused"));
        form("overall-effectiveness").findElement(By.cssSelector("button[type=submit]")).click();
        browser.await(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
        assertThat(browser.text(".govuk-error-summary")).contains("§100");
        assertThat(browser.text("#grade-overall-effectiveness-error")).contains("§100");
        assertThat(form("overall-effectiveness").findElements(By.className("app-verdict--refused")))
                .as("the refusal said once, by the summary and the inline error").isEmpty();
        assertThat(browser.title()).startsWith("Error: Judgements");
        checkScreen("judgements-refused");
        grade("overall-effectiveness", "inadequate");
        grade("children-in-care", "requires-improvement");
        WebElement leaders = form("impact-of-leaders");
        choose(leaders, "grade", "good");
        browser.await(d -> !d.findElements(By.id("rationale-impact-of-leaders")).isEmpty());
        checkScreen("judgements-warning");
        choose(form("impact-of-leaders"), "acceptWarnings", form("impact-of-leaders")
                .findElement(By.cssSelector("input[name=acceptWarnings]")).getAttribute("value"));
        type("rationale-impact-of-leaders", "Leaders know the weaknesses and act on them (000 §101)");
        form("impact-of-leaders").findElement(By.cssSelector("button[type=submit]")).click();
        awaitText("The grade for the impact of leaders");
        assertThat(browser.text("#judgement-impact-of-leaders")).contains("accepted by the team");

        browser.open("/inspections/" + id + "/summary");
        List<String> questions = browser.all("form.answer textarea").stream().map(t -> t.getAttribute("id")).toList();
        assertThat(questions).hasSize(4);
        for (String field : questions) {
            type(field, "The lead inspector's answer, in her own words.");
            browser.find("#" + field).findElement(By.xpath("ancestor::form//button")).click();
            browser.await(d -> d.findElement(By.id(field + "-hint")).getText().startsWith("Written"));
        }
        checkScreen("report-summary");

        browser.open("/inspections/" + id + "/report");
        assertThat(browser.text("#draft-mark")).contains("Draft");
        checkScreen("report-draft");

        // A small list, and a child read through the API: what retention and the access log show once published.
        Api lead = api().asLead();
        lead.send("PUT", "/inspections/" + id + "/child-lists/list-8", "text/csv",
                "Child unique ID,Gender\nCH-1,F\nCH-2,M\n".getBytes(StandardCharsets.UTF_8)).expect(200);
        lead.get("/inspections/" + id + "/children/CH-1").expect(200);

        for (String status : new String[] {"findings-agreed", "draft-sent", "factual-accuracy", "final", "published"}) {
            move(status);
        }
        assertThat(browser.text("main")).contains("Published");

        browser.open("/inspections/" + id + "/report");
        assertThat(browser.all("#draft-mark")).isEmpty();
        assertThat(browser.find("#report-preview").getAttribute("src")).endsWith("/api/v1/inspections/" + id
                + "/report");
        press("Download the PDF");
        Path pdf = awaitDownload(".pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        checkScreen("report");

        browser.open("/inspections/" + id + "/audit");
        assertThat(browser.text("main")).contains("Judgement graded", "Evidence recorded");
        checkScreen("audit-trail");

        // The calendar shows open inspections: another of the lead's, from the API.
        api().asLead().post("/inspections", "{\"localAuthority\":\"331\",\"framework\":\"ilacs\",\"type\":"
                + "\"short\",\"notifiedOn\":\"2025-11-10\",\"team\":[{\"user\":\"lead\",\"role\":"
                + "\"lead-inspector\"}]}").expect(201);
        browser.open("/calendar");
        assertThat(browser.text("main")).contains("Today");
        checkScreen("calendar");

        // The access log and retention are for administrators: the lead is offered neither.
        assertThat(browser.all("a[href='/admin/retention']")).isEmpty();
        browser.open("/inspections/" + id);
        assertThat(browser.all("a[href$='/access-log']")).isEmpty();
        browser.find("#sign-out").click();
        browser.await(d -> d.getCurrentUrl().contains("/sign-in"));
        browser.signIn("admin", "admin");
        browser.open("/inspections/" + id);
        browser.toNextPage(() -> browser.find("a[href='/inspections/" + id + "/access-log']").click());
        assertThat(browser.text("main")).contains("A child's rows", "CH-1", "lead");
        checkScreen("access-log");
        browser.toNextPage(() -> browser.find("a[href='/admin/retention']").click());
        assertThat(browser.text("main")).contains("deleted", "Birmingham", "list-8: 2");
        checkScreen("admin-retention");
    }

    @Test
    void aLeadUploadsA10000RowListAndWatchesTheProgressBarReachTheEnd() throws IOException {
        Api lead = api().asLead();
        String id = lead.post("/inspections", "{\"localAuthority\":\"330\",\"framework\":\"ilacs\","
                + "\"type\":\"standard\",\"notifiedOn\":\"2025-10-06\",\"team\":[{\"user\":\"lead\","
                + "\"role\":\"lead-inspector\"}]}").expect(201).json().path("id").asText();
        // List 8 (000 §258): children in care, one row each; four with a sibling count that is no number; one child
        // (CH-0) on a second row, which the data-quality rule one-row-per-child warns of.
        StringBuilder csv = new StringBuilder("Child unique ID,Gender,Number of brothers and sisters,"
                + "Missing episodes\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("CH-").append(i == 9998 ? 0 : i).append(',').append(i % 2 == 0 ? "F" : "M").append(',')
                    .append(i % 2500 == 7 ? "lots" : i % 50 == 0 ? "4" : "1").append(',')
                    .append(i % 97 == 0 ? 2 : 0).append('\n');
        }
        Path file = Files.createTempFile("list-8-", ".csv");
        Files.writeString(file, csv);
        try {
            browser.signIn("lead", "lead");
            browser.open("/inspections/" + id + "/child-data");
            select("list", "list-8");
            browser.find("#file").sendKeys(file.toString());
            press("Upload the list");
            browser.await(d -> "completed".equals(d.findElement(By.id("progress")).getAttribute("data-state")));
            WebElement bar = browser.find("#progress");
            assertThat(bar.getAttribute("value")).isEqualTo("100");
            assertThat(Integer.parseInt(bar.getAttribute("data-samples"))).as("progress read from the API")
                    .isGreaterThanOrEqualTo(1);
            assertThat(browser.text("#progress-text")).contains("100%", "10,000 rows read", "4 rejected");
            assertThat(browser.text(".govuk-notification-banner")).contains("10,000 rows read", "9,996 accepted");
            assertThat(browser.text("#quality-summary")).contains("error", "warning");
            select("issue-code", "invalid-integer");
            type("issue-row", "2509");
            press("Filter");
            assertThat(browser.text("#issues caption")).matches("1 of \\d+ issues");
            checkScreen("child-data");

            // The data-quality report: its rules, its findings filtered by severity, its downloads.
            browser.toNextPage(() -> browser.find("a[href='/inspections/" + id + "/data-quality']").click());
            assertThat(browser.text("main")).contains("The rules", "Download as Excel", "Download as JSON");
            select("severity", "warning");
            browser.toNextPage(() -> press("Filter"));
            assertThat(browser.path()).contains("severity=warning");
            assertThat(browser.all(".app-findings tbody tr")).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getText()).contains("Warning"));
            assertThat(browser.text(".app-findings")).contains("one-row-per-child", "CH-0");
            checkScreen("data-quality");
            press("Download as CSV");
            assertThat(Files.readString(awaitDownload(".csv"))).contains("Code", "Severity");

            browser.open("/inspections/" + id + "/children/CH-42");
            assertThat(browser.text("main")).contains("list-8", "Chronology");
            checkScreen("child");

            browser.open("/inspections/" + id + "/selection");
            select("stage", "cohort");
            press("Propose children");
            awaitText("children proposed");
            // The balance of the cohort, counted by the API: the list's genders among the proposed and on the list
            // (9,995 children: 4,999 F, 4,996 M once the four rejected rows and CH-0's second row are left aside).
            assertThat(browser.text(".app-balance")).contains("Gender", "Age band", "Not recorded", "4,999 (50%)",
                    "4,996 (50%)");
            checkScreen("selection-proposal");
            press("Accept this selection");
            awaitText("selection is accepted");
            checkScreen("selection");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private WebElement form(String judgement) {
        return browser.find("form.grade[data-judgement='" + judgement + "']");
    }

    private void grade(String judgement, String grade) {
        choose(form(judgement), "grade", grade);
        browser.await(d -> !form(judgement).findElement(By.className("app-check")).getText().isEmpty());
        form(judgement).findElement(By.cssSelector("button[type=submit]")).click();
        browser.await(d -> d.findElement(By.id("judgement-" + judgement)).getText().contains("Not graded") == false
                && d.findElements(By.cssSelector(".govuk-notification-banner")).size() == 1);
    }

    /** Moves the inspection to a status with the overview's button. */
    private void move(String status) {
        String id = browser.path().replaceAll("^/inspections/([^/?]+).*", "$1");
        browser.open("/inspections/" + id);
        browser.find("button[name=status][value='" + status + "']").click();
        browser.await(d -> d.getCurrentUrl().contains("moved=" + status) || !d.findElements(
                By.cssSelector(".govuk-error-summary")).isEmpty());
        browser.awaitScreen();
        assertThat(browser.all(".govuk-error-summary")).as("moving to " + status + ": " + browser.text("main"))
                .isEmpty();
    }

    private Path awaitDownload(String suffix) {
        return browser.await(d -> {
            try (var files = Files.list(browser.downloads())) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException notYet) {
                return null;
            }
        });
    }

}
