package org.inspectra.itest;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

/** Data the tests set up through the API itself. */
final class Fixtures {

    private Fixtures() {
    }

    static Path testFramework(String version) {
        return Path.of(System.getProperty("inspectra.testFramework.v" + version.charAt(0)));
    }

    /** The test theme's jar of the given version, {@code 1.0} or {@code 2.0}. */
    static Path testTheme(String version) {
        return Path.of(System.getProperty("inspectra.testTheme.v" + version.charAt(0)));
    }

    /** The theme tools/inspectra-theme-archetype's integration test generates from the archetype and builds. */
    static Path generatedTheme() {
        return Path.of(System.getProperty("inspectra.generatedTheme"));
    }

    /** Deploys the test framework version over the admin endpoint unless it is installed already. */
    static void deployTestFramework(Api admin, String version) {
        if (admin.get("/frameworks/testing/versions/" + version).status() == 200) {
            return;
        }
        admin.postFile("/admin/frameworks", "application/java-archive", testFramework(version)).expect(201);
    }

    static void localAuthority(Api admin, String code, String name) {
        int status = admin.put("/local-authorities/" + code, "{\"name\":\"" + name + "\"}").status();
        if (status != 200 && status != 201) {
            throw new AssertionError("could not create local authority " + code + ": HTTP " + status);
        }
    }

    static JsonNode openInspection(Api lead, String json) {
        return lead.post("/inspections", json).expect(201).json();
    }
}
