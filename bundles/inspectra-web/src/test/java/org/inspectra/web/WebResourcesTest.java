package org.inspectra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What each path answers with, read from the same class path the bundle has (the WebJar is on the test path). */
class WebResourcesTest {

    private final WebResources resources = new WebResources(getClass().getClassLoader(), "5.14.0");

    @Test
    void everyApplicationUrlAnswersWithTheSameShell() {
        WebResources.Answer root = resources.get("/").orElseThrow();
        assertThat(root.page()).isTrue();
        assertThat(root.contentType()).startsWith("text/html");
        assertThat(root.caching()).isEqualTo(WebResources.Caching.NONE);
        String shell = new String(root.body(), StandardCharsets.UTF_8);
        assertThat(shell).contains("/govuk/govuk-frontend.min.css", "/app/main.js", "govuk-skip-link",
                "id=\"main-content\"");
        for (String path : new String[] {"/sign-in", "/inspections", "/inspections/3f2a-77/evidence",
                "/inspections/3f2a/children/CH-0042", "/admin/frameworks", "/calendar/"}) {
            assertThat(resources.get(path)).as(path).get().extracting(WebResources.Answer::etag)
                    .isEqualTo(root.etag());
        }
    }

    @Test
    void everyRouteHasItsScreenModuleAndEveryScreenModuleARoute() throws Exception {
        com.fasterxml.jackson.databind.JsonNode routes = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(resources.get("/app/routes.json").orElseThrow().body());
        java.util.Set<String> routed = new java.util.TreeSet<>();
        for (com.fasterxml.jackson.databind.JsonNode route : routes) {
            String screen = route.path("screen").asText();
            routed.add(screen);
            assertThat(resources.get("/app/screens/" + screen + ".js")).as(screen).isPresent();
            assertThat(resources.get(route.path("path").asText().replace(":id", "x1").replace(":childId", "C1")))
                    .as(route.toString()).get().extracting(WebResources.Answer::page).isEqualTo(true);
        }
        java.nio.file.Path screens = java.nio.file.Path.of("src/main/resources", WebResources.APP_ROOT, "screens");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(screens)) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.js$", "")))
                    .allMatch(routed::contains, "routed in routes.json");
        }
    }

    @Test
    void servesGovukFrontendFromItsWebJarAndTheApplicationsOwnModules() {
        assertThat(resources.get("/govuk/govuk-frontend.min.css")).get()
                .satisfies(a -> assertThat(a.contentType()).startsWith("text/css"))
                .satisfies(a -> assertThat(a.caching()).isEqualTo(WebResources.Caching.LONG));
        assertThat(resources.get("/govuk/govuk-frontend.min.js")).get()
                .satisfies(a -> assertThat(a.contentType()).startsWith("text/javascript"));
        assertThat(resources.get("/assets/images/favicon.svg")).get()
                .satisfies(a -> assertThat(a.contentType()).isEqualTo("image/svg+xml"));
        assertThat(resources.get("/favicon.ico")).isPresent();
        assertThat(resources.get("/app/main.js")).get()
                .satisfies(a -> assertThat(a.contentType()).startsWith("text/javascript"))
                .satisfies(a -> assertThat(a.caching()).isEqualTo(WebResources.Caching.REVALIDATE));
        assertThat(resources.get("/app/components/table.js")).isPresent();
    }

    @Test
    void nothingOutsideItsFoldersIsServed() {
        assertThat(resources.get("/app/../WebResources.class")).isEmpty();
        assertThat(resources.get("/app/shell.html")).isEmpty();
        assertThat(resources.get("/app/%2e%2e/x.js")).isEmpty();
        assertThat(resources.get("/govuk/../../../../org/inspectra/web/WebResources.class")).isEmpty();
        assertThat(resources.get("/assets/../govuk-frontend.min.js")).isEmpty();
        assertThat(resources.get("/app/missing.js")).isEmpty();
        assertThat(resources.get("/robots.txt")).isEmpty();
        assertThat(resources.get("/inspections/a.b")).isEmpty();
        // Only the application's URLs (routes.json, which main.js reads too) get the page; anything else is a 404.
        assertThat(resources.get("/no/such/page")).isEmpty();
        assertThat(resources.get("/api/v2/frameworks")).isEmpty();
        assertThat(resources.get("/inspections/3f2a/no-such-screen")).isEmpty();
        assertThat(resources.get("/admin")).isEmpty();
    }
}
