package org.inspectra.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The data every measurement reads or writes, set up through the API as users would: an authority with many
 * inspections, one ILACS inspection with a team of ten and its evidence, findings, a grade and a child list, eight
 * inspections each with one writer, a SIF inspection to import into, and the test framework's version 1.0.
 */
final class Fixture {

    /** The eight team members who write at once, added to the realm of the server under test. */
    static final List<String> WRITERS = IntStream.rangeClosed(1, 8).mapToObj(i -> "bench" + i).toList();

    static final String AUTHORITY = "901";

    final String inspection;
    final String childId;
    final String criterion;
    final List<String> eight;
    final String sifInspection;

    private Fixture(String inspection, String childId, String criterion, List<String> eight, String sifInspection) {
        this.inspection = inspection;
        this.childId = childId;
        this.criterion = criterion;
        this.eight = eight;
        this.sifInspection = sifInspection;
    }

    /** Adds the writers to the realm of an unpacked server, before it starts. */
    static void addWriters(Server server) {
        WRITERS.forEach(user -> server.append("etc/users.properties", user + " = " + user + ",inspector"));
    }

    static Fixture create(int port, int inspections, Path folder) throws Exception {
        Client admin = new Client(port, "admin");
        Client lead = new Client(port, "lead");
        Client inspector = new Client(port, "inspector");
        admin.put("/local-authorities/" + AUTHORITY, "{\"name\":\"Benchmark\"}", 201);

        // The authority's history: many inspections, opened by eight clients at once.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> opened = new ArrayList<>();
        for (int i = 0; i < inspections; i++) {
            LocalDate notified = LocalDate.of(2015, 1, 5).plusDays(i % 3650);
            opened.add(pool.submit(() -> open(lead, "ilacs", "standard", notified, "")));
        }
        for (Future<?> f : opened) {
            f.get();
        }
        pool.shutdown();

        StringBuilder team = new StringBuilder("{\"user\":\"inspector\",\"role\":\"inspector\"}");
        WRITERS.forEach(w -> team.append(",{\"user\":\"").append(w).append("\",\"role\":\"inspector\"}"));
        String id = open(lead, "ilacs", "standard", LocalDate.of(2025, 9, 1), "," + team);
        JsonNode ilacs = lead.get("/frameworks/ilacs");
        String criterion = ilacs.path("criteria").get(0).path("id").asText();
        for (int i = 0; i < 20; i++) {
            inspector.post("/inspections/" + id + "/evidence", evidence(criterion, i), 201);
        }
        for (int i = 0; i < 5; i++) {
            inspector.post("/inspections/" + id + "/findings", "{\"kind\":\"strength\",\"text\":\"Strength " + i
                    + "\"}", 201);
        }
        lead.put("/inspections/" + id + "/judgements/help-and-protection", "{\"grade\":\"good\",\"rationale\":"
                + "\"Benchmark\"}", 200);
        JsonNode list = ilacs.path("childLists").get(0);
        Path csv = ChildListFile.write(list, 500, folder.resolve("children.csv"));
        lead.putFile("/inspections/" + id + "/child-lists/" + list.path("id").asText(), "text/csv", csv, 200);

        List<String> eight = new ArrayList<>();
        for (String writer : WRITERS) {
            eight.add(open(lead, "ilacs", "standard", LocalDate.of(2025, 9, 1),
                    ",{\"user\":\"" + writer + "\",\"role\":\"inspector\"}"));
        }
        String sif = open(lead, "sif", "single-inspection", LocalDate.of(2025, 9, 1), "");
        return new Fixture(id, "CH0000001", criterion, eight, sif);
    }

    static String evidence(String criterion, int n) {
        return "{\"criterion\":\"" + criterion + "\",\"source\":\"case file\",\"observedAt\":\"2025-09-02T10:00:00Z\","
                + "\"assessment\":\"strength\",\"summary\":\"Child " + n + " was seen alone by the social worker\","
                + "\"children\":[\"CH-" + n + "\"]}";
    }

    /** Opens an inspection led by {@code lead}; {@code moreTeam} adds members, each after a comma. */
    private static String open(Client lead, String framework, String type, LocalDate notified, String moreTeam) {
        return lead.post("/inspections", "{\"localAuthority\":\"" + AUTHORITY + "\",\"framework\":\"" + framework
                + "\",\"type\":\"" + type + "\",\"notifiedOn\":\"" + notified + "\",\"team\":[{\"user\":\"lead\","
                + "\"role\":\"lead-inspector\"}" + moreTeam + "]}", 201).path("id").asText();
    }
}
