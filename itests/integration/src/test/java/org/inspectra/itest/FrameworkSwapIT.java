package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A new framework version deployed over HTTP while clients keep working: no request fails, inspections keep the
 * version they started under, new ones take the new version, and a version in use cannot be removed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FrameworkSwapIT extends InspectraTestSupport {

    @Test
    public void aNewVersionGoesLiveWithoutRestartAndPinnedInspectionsKeepTheirs() throws Exception {
        Api anonymous = Api.local().awaitUp(Duration.ofMinutes(3));
        Api admin = anonymous.asAdmin();
        Api lead = anonymous.asLead();

        Api.Reply deployed = admin.postFile("/admin/frameworks", "application/java-archive",
                Fixtures.testFramework("1.0")).expect(201);
        assertEquals("1.0", deployed.json().get(0).path("version").asText());
        Fixtures.localAuthority(admin, "330", "Birmingham");
        String first = Fixtures.openInspection(lead, ApiIT.inspection("2025-08-18")).path("id").asText();

        // A client keeps working throughout the swap.
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread client = new Thread(() -> {
            List<String> paths = List.of("/frameworks", "/frameworks/testing", "/inspections/" + first,
                    "/inspections/" + first + "/milestones", "/frameworks/testing/versions/1.0");
            while (running.get()) {
                for (String path : paths) {
                    try {
                        Api.Reply r = lead.get(path);
                        if (r.status() != 200) {
                            failures.add(path + " -> " + r.status() + " " + r.body());
                        }
                    } catch (RuntimeException e) {
                        failures.add(path + " -> " + e);
                    }
                    requests.incrementAndGet();
                }
            }
        }, "swap-client");
        client.start();
        Api.sleep(1000);
        String listed = lead.getTagged("/frameworks", null).etag();
        admin.postFile("/admin/frameworks", "application/java-archive", Fixtures.testFramework("2.0")).expect(201);
        assertEquals("2.0", lead.get("/frameworks/testing").expect(200).json().path("version").asText());
        Api.Tagged changed = lead.getTagged("/frameworks", listed);
        assertEquals("a deployment changes the list: no 304", 200, changed.status());
        assertTrue(changed.etag() + " after " + listed, !changed.etag().equals(listed));
        // And the same version deployed again replaces the bundle in place.
        admin.postFile("/admin/frameworks", "application/java-archive", Fixtures.testFramework("1.0")).expect(201);
        Api.sleep(1000);
        running.set(false);
        client.join();
        assertTrue("the client made requests throughout: " + requests.get(), requests.get() > 20);
        assertTrue("requests failed during the swap: " + failures, failures.isEmpty());

        // The old inspection keeps its version; a new one takes the newest.
        JsonNode old = lead.get("/inspections/" + first).expect(200).json();
        assertEquals("1.0", old.path("framework").path("version").asText());
        JsonNode fresh = Fixtures.openInspection(lead, ApiIT.inspection("2025-09-01"));
        assertEquals("2.0", fresh.path("framework").path("version").asText());
        // Version 2.0 has a type that 1.0 lacks.
        Fixtures.openInspection(lead, ApiIT.inspection("2025-09-01").replace("\"visit\"", "\"quick-visit\""));
        lead.post("/inspections", ApiIT.inspection("2025-09-01").replace("\"visit\"", "\"quick-visit\"")
                .replace("\"testing\"", "\"testing\",\"frameworkVersion\":\"1.0\"")).problem(422);

        JsonNode installed = admin.get("/admin/frameworks").expect(200).json();
        assertEquals(1, find(installed, "1.0").path("openInspections").asInt());
        assertEquals(2, find(installed, "2.0").path("openInspections").asInt());
        assertEquals("active", find(installed, "1.0").path("bundle").path("state").asText());

        // A version open inspections pin cannot be removed, only retired.
        admin.delete("/admin/frameworks/testing/versions/1.0").problem(409);
        JsonNode retired = admin.delete("/admin/frameworks/testing/versions/1.0?retire=true").expect(200).json();
        assertEquals("retired", retired.path("outcome").asText());
        assertEquals("retired", lead.get("/frameworks/testing/versions/1.0").expect(200).json()
                .path("status").asText());
        JsonNode refused = lead.post("/inspections", ApiIT.inspection("2025-09-01")
                .replace("\"testing\"", "\"testing\",\"frameworkVersion\":\"1.0\"")).problem(422);
        assertEquals("framework-version-retired", refused.path("violations").get(0).path("code").asText());
        assertEquals("1.0", lead.get("/inspections/" + first).expect(200).json()
                .path("framework").path("version").asText());
        lead.get("/inspections/" + first + "/milestones").expect(200);
        admin.delete("/admin/frameworks/testing/versions/9.9").problem(404);
    }

    private static JsonNode find(JsonNode installed, String version) {
        for (JsonNode f : installed) {
            if (f.path("id").asText().equals("testing") && f.path("version").asText().equals(version)) {
                return f;
            }
        }
        throw new AssertionError("testing " + version + " not in " + installed);
    }
}
