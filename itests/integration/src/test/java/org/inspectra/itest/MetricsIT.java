package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * {@code GET /api/v1/metrics} (API.md, Metrics): Prometheus's text format, for administrators only; requests counted
 * by their route template (never the path with its ids) and status, child-list imports with their rows, framework
 * deployments, the JVM and the connection pool.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsIT extends InspectraTestSupport {

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
    }

    @Test
    public void requestsImportsDeploymentsJvmAndPoolAreCounted() {
        String before = metrics();
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"sif\",\"type\":"
                + "\"single-inspection\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
        for (int i = 0; i < 3; i++) {
            lead.get("/inspections/" + id).expect(200);
        }
        lead.get("/inspections/" + id + "-missing").problem(404);
        byte[] list = ("Child unique ID,Gender\r\nM-1,F\r\nM-2,M\r\nM-3,X\r\n").getBytes(StandardCharsets.UTF_8);
        lead.send("PUT", "/inspections/" + id + "/child-lists/list-5", "text/csv", list).expect(200);

        String after = metrics();
        // By route template and status: the three reads and the 404 apart, and no path with an id in it.
        String read = "http_server_requests_seconds_count{method=\"GET\",route=\"/inspections/{id}\",status=\"200\"}";
        assertEquals(after, value(before, read) + 3, value(after, read), 0);
        assertTrue(after, value(after, "http_server_requests_seconds_count{method=\"GET\","
                + "route=\"/inspections/{id}\",status=\"404\"}") >= 1);
        assertTrue(after, value(after, "http_server_requests_seconds_sum{method=\"GET\","
                + "route=\"/inspections/{id}\",status=\"200\"}") > 0);
        assertTrue(after, value(after, "http_server_requests_seconds_count{method=\"POST\","
                + "route=\"/inspections\",status=\"201\"}") >= 1);
        assertFalse("no path with an id is a route: " + after, after.contains(id));
        // The upload: one more completed import, its rows counted.
        String imports = "inspectra_child_list_imports_seconds_count{outcome=\"completed\"}";
        assertEquals(after, value(before, imports) + 1, value(after, imports), 0);
        double rows = value(after, "inspectra_child_list_import_rows_total{result=\"accepted\"}")
                + value(after, "inspectra_child_list_import_rows_total{result=\"rejected\"}")
                - value(before, "inspectra_child_list_import_rows_total{result=\"accepted\"}")
                - value(before, "inspectra_child_list_import_rows_total{result=\"rejected\"}");
        assertEquals(after, 3, rows, 0);
        // The five framework versions and the theme the distribution installs, registered at start.
        assertTrue(after, value(after, "inspectra_deployments_total{kind=\"framework\"}") >= 5);
        assertTrue(after, value(after, "inspectra_deployed{kind=\"theme\"}") >= 1);
        // The JVM and the connection pool.
        assertTrue(after, sum(after, "jvm_memory_used_bytes{area=\"heap\"", false) > 0);
        assertTrue(after, value(after, "jvm_threads_live_threads") > 0);
        assertTrue(after, after.contains("jvm_gc_"));
        double max = value(after, "inspectra_db_pool_connections{state=\"max\"}");
        assertTrue(after, max >= 1);
        double idle = value(after, "inspectra_db_pool_connections{state=\"idle\"}");
        double active = value(after, "inspectra_db_pool_connections{state=\"active\"}");
        assertTrue(after, idle >= 0 && active >= 0 && idle + active <= max);

        // A framework deployed over REST counts once more.
        Fixtures.deployTestFramework(admin, "1.0");
        assertTrue(value(metrics(), "inspectra_deployments_total{kind=\"framework\"}")
                > value(after, "inspectra_deployments_total{kind=\"framework\"}"));
    }

    @Test
    public void onlyAdministratorsReadTheMetrics() {
        lead.call("GET", "/metrics", null, "Accept", "text/plain").problem(403);
        anonymous.asInspector().call("GET", "/metrics", null, "Accept", "text/plain").problem(403);
        anonymous.call("GET", "/metrics", null, "Accept", "text/plain").problem(401);
        Api.Reply reply = admin.call("GET", "/metrics", null, "Accept", "text/plain");
        reply.expect(200);
        assertTrue(reply.contentType(), reply.contentType().startsWith("text/plain"));
        assertTrue(admin.get("/openapi.json").expect(200).json().path("paths").has("/metrics"));
    }

    private String metrics() {
        return admin.call("GET", "/metrics", null, "Accept", "text/plain").expect(200).body();
    }

    /** The sample of one series (its name and labels as Prometheus writes them), 0 where there is none yet. */
    private static double value(String text, String series) {
        return sum(text, series, true);
    }

    /** The sum of the samples of every series whose name and labels start with the prefix. */
    private static double sum(String text, String prefix, boolean exact) {
        double sum = 0;
        for (String line : text.split("\n")) {
            // A sample: the series (a label value may hold braces and spaces: a route template), a space, the value.
            int space = line.lastIndexOf(' ');
            if (line.startsWith("#") || space < 0) {
                continue;
            }
            String series = line.substring(0, space);
            if (exact ? series.equals(prefix) : series.startsWith(prefix)) {
                sum += Double.parseDouble(line.substring(space + 1));
            }
        }
        return sum;
    }
}
