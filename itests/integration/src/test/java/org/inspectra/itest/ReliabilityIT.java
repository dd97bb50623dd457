package org.inspectra.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reliability suite of issue 16, against the built distribution run as a process (KarafServer), each part
 * bounded in requests and time and talking only to the server it started: a fuzz run generated from the OpenAPI
 * document, sixteen concurrent writers on one judgement, one evidence record and one team, the JVM killed during a list
 * upload, evidence writes and a framework deployment, and the database's files turned unwritable for a while.
 */
class ReliabilityIT {

    private static final String TEAM = "\"team\":[{\"user\":\"lead\",\"role\":\"lead-inspector\"},"
            + "{\"user\":\"inspector\",\"role\":\"inspector\"},{\"user\":\"inspector2\",\"role\":\"inspector\"}]";

    private KarafServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.kill();
        }
    }

    private Api start(String name) {
        server = KarafServer.copyOfDistribution(Path.of("target", name).toAbsolutePath());
        Api anonymous = server.startAndAwait(Duration.ofMinutes(3));
        Fixtures.localAuthority(anonymous.asAdmin(), "330", "Birmingham");
        return anonymous;
    }

    private static String openIlacs(Api lead) {
        return Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"ilacs\",\"type\":"
                + "\"standard\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
    }

    @Test
    void aFuzzRunFromTheOpenApiDocumentFindsNo5xxNoBypassAndNoErrorThatIsNotAProblem() throws Exception {
        // The edge and the validation refuse what the fuzz sends before any store sees it, whichever the database:
        // the run is the Derby execution's (CI time); the PostgreSQL run keeps contention, the outage and backups.
        Assumptions.assumeFalse(TestDatabase.postgresql(), "the fuzz run is the Derby execution's");
        Api anonymous = start("reliability-fuzz");
        Api lead = anonymous.asLead();
        String id = openIlacs(lead);
        JsonNode openApi = anonymous.get("/openapi.json").expect(200).json();
        Fuzzer.Report report = new Fuzzer(openApi, anonymous, lead, id, 20_260_511L)
                .run(2_000, 4, Duration.ofMinutes(8));
        assertTrue(report.sent() >= 1_500, "the run sent most of its requests in time: " + report);
        assertEquals(List.of(), report.serverErrors(), "no 5xx");
        assertEquals(List.of(), report.bypasses(), "nothing answered without credentials but the public paths");
        assertEquals(List.of(), report.nonProblems(), "every error is application/problem+json");
        // Nothing refused was stored in a way that breaks reading: the listings still answer (an administrator reads
        // them all, since the run may have opened inspections whose team the lead is not on).
        Api admin = anonymous.asAdmin();
        for (String listing : List.of("/inspections", "/inspections?framework=ilacs", "/inspections?localAuthority=330",
                "/local-authorities", "/frameworks", "/inspections/" + id, "/inspections/" + id + "/evidence",
                "/inspections/" + id + "/findings", "/inspections/" + id + "/judgements",
                "/inspections/" + id + "/concerns", "/inspections/" + id + "/information-requests",
                "/inspections/" + id + "/milestones", "/inspections/" + id + "/audit")) {
            admin.get(listing).expect(200);
        }
        for (JsonNode inspection : admin.get("/inspections").expect(200).json()) {
            admin.get("/inspections/" + inspection.path("id").asText()).expect(200);
            admin.get("/inspections/" + inspection.path("id").asText() + "/milestones").expect(200);
        }
    }

    @Test
    void sixteenConcurrentWritersLoseNoUpdateAndGetNo5xx() throws Exception {
        Api anonymous = start("reliability-contention");
        Api lead = anonymous.asLead();
        Api inspector = anonymous.asInspector();
        String id = openIlacs(lead);
        String criterion = lead.get("/frameworks/ilacs").expect(200).json().path("criteria").get(0).path("id")
                .asText();
        String evidenceId = inspector.post("/inspections/" + id + "/evidence",
                evidence(criterion, "Seen at home", null)).expect(201).json().path("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            Set<String> acceptedGrades = new HashSet<>();
            Set<String> acceptedSummaries = new HashSet<>();
            Set<String> acceptedTeams = new HashSet<>();
            int graded = 0;
            int revised = 0;
            int replaced = 0;
            for (int round = 0; round < 3; round++) {
                long version = lead.get("/inspections/" + id + "/judgements/children-in-care").expect(200).json()
                        .path("version").asLong();
                int revision = inspector.get("/inspections/" + id + "/evidence/" + evidenceId).expect(200).json()
                        .path("revision").asInt();
                java.util.Map<String, List<Callable<Write>>> writers = new java.util.LinkedHashMap<>();
                List.of("grade", "evidence", "team").forEach(k -> writers.put(k, new ArrayList<>()));
                for (int w = 0; w < 16; w++) {
                    String grade = w % 2 == 0 ? "good" : "requires-improvement";
                    String rationale = "round " + round + " writer " + w;
                    writers.get("grade").add(() -> new Write("grade", grade + "|" + rationale,
                            lead.put("/inspections/" + id + "/judgements/children-in-care", "{\"grade\":\"" + grade
                                    + "\",\"rationale\":\"" + rationale + "\",\"version\":" + version + "}")));
                    String summary = "Seen at home, round " + round + " writer " + w;
                    writers.get("evidence").add(() -> new Write("evidence", summary,
                            inspector.put("/inspections/" + id + "/evidence/" + evidenceId,
                                    evidence(criterion, summary, revision))));
                    String team = "[{\"user\":\"lead\",\"role\":\"lead-inspector\"},{\"user\":\"inspector\","
                            + "\"role\":\"inspector\"},{\"user\":\"inspector2\",\"role\":\"" + (w % 2 == 0
                            ? "inspector" : "qa-manager") + "\"},{\"user\":\"extra" + round + "-" + w
                            + "\",\"role\":\"inspector\"}]";
                    String member = "extra" + round + "-" + w;
                    writers.get("team").add(() -> new Write("team", member,
                            lead.put("/inspections/" + id + "/team", team)));
                }
                // Each group of sixteen writes at once, one group after another: a grade is also refused when the
                // inspection changed under it, so a team replaced at the same moment would make graders lose for
                // another reason than each other.
                List<Future<Write>> results = new ArrayList<>();
                for (List<Callable<Write>> group : writers.values()) {
                    results.addAll(pool.invokeAll(group, 5, TimeUnit.MINUTES));
                }
                for (Future<Write> f : results) {
                    Write write = f.get();
                    if (write.reply().status() == 200) {
                        switch (write.kind()) {
                            case "grade" -> {
                                graded++;
                                acceptedGrades.add(write.value());
                            }
                            case "evidence" -> {
                                revised++;
                                acceptedSummaries.add(write.value());
                            }
                            default -> {
                                replaced++;
                                acceptedTeams.add(write.value());
                            }
                        }
                    } else {
                        write.reply().problem(409);
                    }
                }
            }
            // One grade and one revision win each round (each writer sent the version it read); team
            // replacements carry no version, so any number may win, each one audited.
            assertEquals(3, graded);
            assertEquals(3, revised);
            assertTrue(replaced >= 3, "team replacements accepted: " + replaced);
            JsonNode audit = lead.get("/inspections/" + id + "/audit?limit=500").expect(200).json();
            assertEquals(graded, count(audit, "judgement.graded"));
            assertEquals(replaced, count(audit, "inspection.team-replaced"));
            JsonNode judgement = lead.get("/inspections/" + id + "/judgements/children-in-care").expect(200).json();
            assertTrue(acceptedGrades.contains(judgement.path("grade").asText() + "|"
                    + judgement.path("rationale").asText()), "the final grade is one accepted write: " + judgement);
            JsonNode record = inspector.get("/inspections/" + id + "/evidence/" + evidenceId).expect(200).json();
            assertTrue(acceptedSummaries.contains(record.path("summary").asText()));
            assertEquals(1 + revised, inspector.get("/inspections/" + id + "/evidence/" + evidenceId + "/history")
                    .expect(200).json().size(), "every accepted revision is kept");
            JsonNode team = lead.get("/inspections/" + id).expect(200).json().path("team");
            String extra = team.get(3).path("user").asText();
            assertTrue(acceptedTeams.contains(extra), "the final team is one accepted write: " + team);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void killedDuringAnUploadEvidenceWritesAndADeploymentItLosesNothingCommittedAndBootsClean() throws Exception {
        // On PostgreSQL, MultiNodeIT kills a node mid-upload and restarts it behind a deployment; this is Derby's.
        Assumptions.assumeFalse(TestDatabase.postgresql(), "the PostgreSQL crash is MultiNodeIT's");
        Api anonymous = start("reliability-crash");
        Api lead = anonymous.asLead();
        Api admin = anonymous.asAdmin();
        Api inspector = anonymous.asInspector();
        String id = Fixtures.openInspection(lead, "{\"localAuthority\":\"330\",\"framework\":\"sif\",\"type\":"
                + "\"single-inspection\",\"notifiedOn\":\"2025-09-01\"," + TEAM + "}").path("id").asText();
        String list = "/inspections/" + id + "/child-lists/list-8";
        lead.send("PUT", list, "text/csv", csv(0, 100)).expect(200);

        // 1. A list upload broken off by the kill: the list is the old one, whole, never half of the new one.
        byte[] upload = csv(1_000, 20_000);
        ExecutorService client = Executors.newSingleThreadExecutor();
        CountDownLatch halfSent = new CountDownLatch(1);
        Api uploader = lead;
        Future<?> sending = client.submit(() -> {
            HttpURLConnection put = uploader.streaming("PUT", list, "text/csv", upload.length);
            try (OutputStream out = put.getOutputStream()) {
                out.write(upload, 0, upload.length / 2);
                out.flush();
                halfSent.countDown();
                Thread.sleep(60_000);
                out.write(upload, upload.length / 2, upload.length - upload.length / 2);
            }
            return put.getResponseCode();
        });
        halfSent.await(2, TimeUnit.MINUTES);
        Api.sleep(1_000);
        server.kill();
        sending.cancel(true);
        client.shutdownNow();
        lead = server.startAndAwait(Duration.ofMinutes(3)).asLead();
        assertEquals(100, lead.get(list).expect(200).json().path("count").asInt(), "the old list, whole");

        // 2. Evidence written by four clients when the JVM dies: every record answered 201 is there after restart.
        String criterion = lead.get("/frameworks/sif").expect(200).json().path("criteria").get(0).path("id")
                .asText();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        Api evidenceWriter = server.awaitUp(Duration.ofMinutes(1)).asInspector();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; writing.get() && n < 500; n++) {
                    try {
                        Api.Reply r = evidenceWriter.post("/inspections/" + id + "/evidence",
                                evidence(criterion, "Visit note " + writer + "-" + n, null));
                        if (r.status() == 201) {
                            committed.add(r.json().path("id").asText());
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        Instant until = Instant.now().plusSeconds(30);
        while (committed.size() < 20 && Instant.now().isBefore(until)) {
            Api.sleep(100);
        }
        server.kill();
        writing.set(false);
        writers.shutdownNow();
        writers.awaitTermination(1, TimeUnit.MINUTES);
        assertTrue(committed.size() >= 20, "writes went through before the kill: " + committed.size());
        inspector = server.startAndAwait(Duration.ofMinutes(3)).asInspector();
        Set<String> stored = new HashSet<>();
        inspector.get("/inspections/" + id + "/evidence?limit=500").expect(200).json()
                .forEach(e -> stored.add(e.path("id").asText()));
        assertTrue(stored.containsAll(committed), "every committed record survived: missing "
                + committed.stream().filter(c -> !stored.contains(c)).toList());

        // 3. A framework deployment broken off by the kill: afterwards the version is there and active, or absent.
        admin = server.awaitUp(Duration.ofMinutes(1)).asAdmin();
        Api deployer = admin;
        ExecutorService deploying = Executors.newSingleThreadExecutor();
        deploying.submit(() -> deployer.postFile("/admin/frameworks", "application/java-archive",
                Fixtures.testFramework("1.0")));
        Api.sleep(300);
        server.kill();
        deploying.shutdownNow();
        admin = server.startAndAwait(Duration.ofMinutes(3)).asAdmin();
        int status = admin.get("/frameworks/testing/versions/1.0").status();
        assertTrue(status == 200 || status == 404, "the framework is there or not, never half: " + status);
        for (JsonNode installed : admin.get("/admin/frameworks").expect(200).json()) {
            assertEquals("ACTIVE", installed.path("bundle").path("state").asText().toUpperCase(java.util.Locale.ROOT),
                    "every installed framework bundle is active: " + installed);
        }
        // A deployment after the crash completes as on a fresh server.
        Fixtures.deployTestFramework(admin, "1.0");
        admin.get("/frameworks/testing/versions/1.0").expect(200);
        String log = Files.readString(server.log());
        String afterLastStart = log.substring(Math.max(0, log.lastIndexOf("Karaf started")));
        assertTrue(!afterLastStart.contains("Unexpected failure"), "the last boot logged no incident");
        // The transaction manager starts once per boot: its restart took the datasource, the persistence unit and
        // the API away for seconds after /health had said 200 (distribution/src/main/system/transaction.properties).
        assertTrue(!afterLastStart.contains("TransactionManager service lost"), "the transaction manager stayed up");
    }

    @Test
    void postgreSqlUnreachableForAMomentAnswers503AndTheServerRecoversWithoutARestart() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresql(), "the PostgreSQL run stops its database");
        TestDatabase database = TestDatabase.createPostgreSql();
        server = KarafServer.copyOfDistributionOnDerby(Path.of("target", "reliability-postgresql").toAbsolutePath())
                .onDatabase(database);
        Api admin = server.startAndAwait(Duration.ofMinutes(3)).asAdmin();
        Fixtures.localAuthority(admin, "330", "Birmingham");
        database.reachable(false);
        try {
            int unavailable = 0;
            for (int i = 0; i < 10; i++) {
                Api.Reply r = admin.put("/local-authorities/" + (401 + i), "{\"name\":\"Authority " + i + "\"}");
                assertTrue(r.status() < 500 || r.status() == 503, "no 5xx but 503: " + r.status() + " " + r.body());
                if (r.status() == 503) {
                    r.problem(503);
                    unavailable++;
                }
            }
            assertTrue(unavailable > 0, "the outage showed as 503");
        } finally {
            database.reachable(true);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200 && status != 201) {
            status = admin.put("/local-authorities/450", "{\"name\":\"After the outage\"}").status();
            Api.sleep(1_000);
        }
        assertTrue(status == 200 || status == 201, "writes work again without a restart: " + status);
        assertEquals("Birmingham", admin.get("/local-authorities/330").expect(200).json().path("name").asText());
    }

    @Test
    void theDatabaseUnwritableForAMomentAnswers503AndRecoversWithoutARestart() throws Exception {
        Assumptions.assumeFalse(TestDatabase.postgresql(), "embedded Derby's files only in the Derby run");
        Api anonymous = start("reliability-database");
        Api admin = anonymous.asAdmin();
        Path database = server.home().resolve("data/derby/inspectra");
        java.util.Map<String, Integer> answered = new java.util.LinkedHashMap<>();
        immutable(database, true);
        try {
            // Writes cannot reach the disk: the API says so with a 503, never a 500.
            int unavailable = 0;
            for (int i = 0; i < 10; i++) {
                String code = String.valueOf(401 + i);
                Api.Reply r = admin.put("/local-authorities/" + code, "{\"name\":\"Authority " + i + "\"}");
                assertTrue(r.status() < 500 || r.status() == 503, "no 5xx but 503: " + r.status() + " " + r.body());
                if (r.status() == 503) {
                    r.problem(503);
                    unavailable++;
                }
                answered.put(code, r.status());
            }
            assertTrue(unavailable > 0, "the outage showed as 503");
        } finally {
            immutable(database, false);
        }
        // Writable again: the same server, not restarted, serves writes again (DerbyReadOnlyRecovery reboots the
        // database Derby had booted read-only during the outage) and finds everything committed before it.
        Instant deadline = Instant.now().plusSeconds(60);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200 && status != 201) {
            status = admin.put("/local-authorities/450", "{\"name\":\"After the outage\"}").status();
            if (status != 200 && status != 201) {
                Api.sleep(1_000);
            }
        }
        assertTrue(server.running(), "the server was not restarted");
        assertTrue(status == 200 || status == 201, "writes work again without a restart: " + status);
        assertEquals("After the outage", admin.get("/local-authorities/450").expect(200).json().path("name")
                .asText());
        assertEquals("Birmingham", admin.get("/local-authorities/330").expect(200).json().path("name").asText(),
                "what was there before the outage is still there");
        // Nothing refused with a 503 was stored; anything accepted was.
        answered.forEach((code, answer) -> assertEquals(answer == 503 ? 404 : 200,
                admin.get("/local-authorities/" + code).status(), "local authority " + code + " answered " + answer));
        String log = Files.readString(server.log());
        assertTrue(log.contains("booted read-only"), "the recovery is logged");
    }

    @Test
    void aBackupOfTheRunningServerRestoresTheInstallationAsItWas() throws Exception {
        server = KarafServer.copyOfDistribution(Path.of("target", "reliability-backup").toAbsolutePath());
        Path backups = Path.of("target", "reliability-backup-folder").toAbsolutePath();
        KarafServer.deleteTree(backups);
        server.startWithConsole();
        Api admin = server.awaitUp(Duration.ofMinutes(3)).asAdmin();
        Fixtures.localAuthority(admin, "330", "Birmingham");
        String id = openIlacs(admin.asLead());

        // The administrator backs the database up at the console while the server serves (on PostgreSQL the
        // command names pg_dump instead, and the round trip is pg_dump's own).
        server.command("inspectra:backup " + backups);
        if (TestDatabase.postgresql()) {
            Instant until = Instant.now().plusSeconds(120);
            while (!server.output().contains("pg_dump") && Instant.now().isBefore(until)) {
                Api.sleep(500);
            }
            assertTrue(server.output().contains("pg_dump --format=custom"), server.output());
            return;
        }
        Instant deadline = Instant.now().plusSeconds(120);
        while (!server.output().contains("Backed up to") && Instant.now().isBefore(deadline)) {
            Api.sleep(500);
        }
        assertTrue(Files.exists(backups.resolve("inspectra/service.properties")), server.output());
        Fixtures.localAuthority(admin, "331", "Solihull");

        // Restore as docs/operations.md says: stop, put the backup in place of the database, start.
        server.stop();
        Path database = server.home().resolve("data/derby/inspectra");
        KarafServer.deleteTree(database);
        copyTree(backups.resolve("inspectra"), database);
        admin = server.startAndAwait(Duration.ofMinutes(3)).asAdmin();
        assertEquals("Birmingham", admin.get("/local-authorities/330").expect(200).json().path("name").asText());
        admin.get("/inspections/" + id).expect(200);
        admin.get("/local-authorities/331").problem(404);
        Fixtures.localAuthority(admin, "331", "Solihull");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Sets or clears the immutable attribute (chattr), which holds even for root, on a folder and all inside. */
    private static void immutable(Path folder, boolean on) throws IOException, InterruptedException {
        Process chattr = new ProcessBuilder("chattr", "-R", on ? "+i" : "-i", folder.toString())
                .redirectErrorStream(true).start();
        String out = new String(chattr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, chattr.waitFor(), "chattr: " + out);
    }

    private static long count(JsonNode audit, String action) {
        long n = 0;
        for (JsonNode entry : audit) {
            if (entry.path("action").asText().equals(action)) {
                n++;
            }
        }
        return n;
    }

    private static String evidence(String criterion, String summary, Integer revision) {
        return "{\"criterion\":\"" + criterion + "\",\"source\":\"case file\",\"observedAt\":"
                + "\"2025-09-01T10:00:00Z\",\"assessment\":\"strength\",\"summary\":\"" + summary + "\""
                + (revision == null ? "" : ",\"revision\":" + revision) + "}";
    }

    /** A SIF list 8 (004 Annex A) of children numbered from {@code first}. */
    private static byte[] csv(int first, int rows) {
        StringBuilder csv = new StringBuilder("Child unique ID,Gender\r\n");
        for (int i = first; i < first + rows; i++) {
            csv.append("S-").append(i).append(i % 2 == 0 ? ",F" : ",M").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Write(String kind, String value, Api.Reply reply) {
    }
}
