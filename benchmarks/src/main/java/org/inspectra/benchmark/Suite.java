package org.inspectra.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark suite (benchmarks/README.md): boots the built distribution and bare Karaf, sets up data through the
 * API, and measures boot, reads, writes, the import, a framework swap under load and memory, each beside its floor
 * from the same run. Prints the table and keeps it in RESULTS.md with the machine it came from. It asserts nothing.
 */
public final class Suite {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);
    private static final Set<String> FRAMEWORKS = Set.of("ilacs", "sif", "lscb", "lac", "targeted");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Options options;
    private final Database database;
    private final Table table = new Table();

    private Suite(Options options) {
        this.options = options;
        this.database = Database.named(options.database());
    }

    public static void main(String[] args) throws Exception {
        new Suite(Options.parse(args)).run();
    }

    private void run() throws Exception {
        loadAtStart = loadAverage();
        Wrk.install();
        Files.createDirectories(options.work());
        System.out.println("Benchmark of " + options.distribution() + " on " + database.describe());

        // Boot: bare Karaf of the same version is the floor, cold (fresh data folder) and warm (a restart).
        Server.Boot bareCold = null;
        Server.Boot bareWarm = null;
        if (options.runs("boot")) {
            Server bare = Server.unpack(options.karaf(), options.work().resolve("karaf"));
            bareCold = bare.startAndTime(bare::sshListens, BOOT_TIMEOUT);
            bare.stop();
            bareWarm = bare.startAndTime(bare::sshListens, BOOT_TIMEOUT);
            bare.stop();
        }

        Server server = Server.unpack(options.distribution(), options.work().resolve("inspectra"));
        database.configure(server);
        Fixture.addWriters(server);
        Client admin = new Client(server.httpPort(), "admin");
        Server.Boot cold = server.startAndTime(() -> ready(admin), BOOT_TIMEOUT);
        if (options.runs("boot")) {
            table.add("boot to ready, cold (fresh data)", cold.describe(), "bare Karaf " + bareCold.describe(),
                    Table.ratio(cold.seconds(), bareCold.seconds()), "<= 2");
        }
        try {
            measureRunning(server);
            server.stop();
            if (importFile != null) {
                section("import floor", () -> importFloor(server));
            }
            if (options.runs("boot")) {
                Server.Boot warm = server.startAndTime(() -> ready(admin), BOOT_TIMEOUT);
                table.add("boot to ready, warm (restart)", warm.describe(), "bare Karaf " + bareWarm.describe(),
                        Table.ratio(warm.seconds(), bareWarm.seconds()), "<= 1.5");
            }
        } finally {
            server.stop();
        }
        System.out.println();
        System.out.println(table.text());
        if (options.parts().size() == Options.PARTS.size() && options.reads().isEmpty()) {
            writeResults();
        } else {
            System.out.println("(a partial run: " + options.results() + " is left as it was; the machine's load"
                    + " average at its start and end: " + loadAtStart + " and " + loadAverage() + ")");
        }
    }

    private String loadAtStart;
    private double importSeconds;
    private int importRows;
    private Path importFile;
    private JsonNode importList;

    private void measureRunning(Server server) throws Exception {
        int port = server.httpPort();
        System.out.println("Setting up " + options.inspections() + " inspections and their work ...");
        Fixture fixture = Fixture.create(port, options.inspections(), options.work());
        String pid = String.valueOf(server.jvm().pid());
        if (options.jfr()) {
            // A flight recording of the reads and writes, for finding where the time goes (docs/performance.md).
            Server.run(Path.of("."), "jcmd", pid, "JFR.start", "name=benchmark", "settings=profile");
        }
        if (options.runs("reads")) {
            section("reads", () -> reads(port, fixture));
        }
        if (options.runs("writes")) {
            section("writes", () -> writes(port, fixture));
        }
        if (options.jfr()) {
            Path recording = options.work().toAbsolutePath().resolve("inspectra.jfr");
            Server.run(Path.of("."), "jcmd", pid, "JFR.stop", "name=benchmark", "filename=" + recording);
            System.out.println("Flight recording of the reads and writes: " + recording);
        }
        if (options.runs("import")) {
            if (options.jfr()) {
                // The import's own recording, so its profile is not mixed with the reads' (docs/performance.md).
                Server.run(Path.of("."), "jcmd", pid, "JFR.start", "name=import", "settings=profile");
            }
            section("import", () -> importOverHttp(port, fixture));
            if (options.jfr()) {
                Path recording = options.work().toAbsolutePath().resolve("inspectra-import.jfr");
                Server.run(Path.of("."), "jcmd", pid, "JFR.stop", "name=import", "filename=" + recording);
                System.out.println("Flight recording of the import: " + recording);
            }
        }
        if (options.runs("swap")) {
            section("framework swap", () -> swap(port, fixture));
        }
        if (options.runs("memory")) {
            section("memory", () -> memory(server, fixture));
        }
    }

    /** A part of the run that can fail without losing the others: its failure is a row of the table. */
    private interface Part {
        void run() throws Exception;
    }

    private void section(String name, Part part) {
        try {
            part.run();
        } catch (Exception | AssertionError e) {
            table.add(name, "not measured: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), "-", "-", "-");
        }
    }

    /** Every read an inspector's pages make, at 32 and 200 connections, beside an unauthenticated request. */
    private void reads(int port, Fixture fixture) {
        Client inspector = new Client(port, "inspector");
        String id = "/inspections/" + fixture.inspection;
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("inspection", id);
        reads.put("milestones", id + "/milestones");
        reads.put("judgements", id + "/judgements");
        reads.put("coverage", id + "/coverage");
        reads.put("evidence", id + "/evidence");
        reads.put("findings", id + "/findings");
        reads.put("children", id + "/children/" + fixture.childId);
        reads.put("frameworks", "/frameworks");
        reads.put("framework", "/frameworks/ilacs");
        reads.put("inspection list (first page)", "/inspections?localAuthority=" + Fixture.AUTHORITY);
        reads.keySet().removeIf(read -> !options.measures(read));
        int seconds = options.seconds();
        for (int connections : List.of(32, 200)) {
            // Warm both, then the floor: the same path without credentials, answered 401 by the auth filter.
            reads.values().forEach(path -> {
                Wrk.run(inspector.url(path), inspector.authorization(), connections, 2);
                awaitQuiet(port);
            });
            Wrk.Figure floor = Wrk.run(inspector.url(id), null, connections, seconds);
            awaitQuiet(port);
            table.add(Table.format("unauthenticated GET (the floor), %d conn.", connections),
                    Table.format("%.0f req/s, %s", floor.perSecond(), floor.latencies()), "-", "-", "-");
            for (Map.Entry<String, String> read : reads.entrySet()) {
                Wrk.Figure f = Wrk.run(inspector.url(read.getValue()), inspector.authorization(), connections,
                        seconds);
                awaitQuiet(port);
                table.add(Table.format("GET %s, %d conn.", read.getKey(), connections),
                        Table.format("%.0f req/s, %s, %d errors", f.perSecond(), f.latencies(),
                                f.errors() + f.non2xx()),
                        Table.format("%.0f req/s", floor.perSecond()), Table.ratio(f.perSecond(), floor.perSecond()),
                        connections == 32 ? ">= 0.5, p99 <= 50 ms" : "-");
            }
        }
    }

    /** Evidence recorded by eight team members into one inspection, then into eight. */
    private void writes(int port, Fixture fixture) throws InterruptedException {
        Writers.Figure one = Writers.run(port, Fixture.WRITERS, w -> fixture.inspection, fixture.criterion,
                options.seconds(), null);
        table.add("POST evidence, 8 members, one inspection", one.describe(), "-", "-", "0 lost");
        Writers.Figure eight = Writers.run(port, Fixture.WRITERS, fixture.eight::get, fixture.criterion,
                options.seconds(), null);
        table.add("POST evidence, 8 members, 8 inspections", eight.describe(), "-", "-", "0 lost");
    }

    /** The largest SIF list (list 8, its columns from the server's own specification) over HTTP. */
    private void importOverHttp(int port, Fixture fixture) {
        Client lead = new Client(port, "lead");
        JsonNode sif = lead.get("/frameworks/sif");
        importList = null;
        for (JsonNode list : sif.path("childLists")) {
            if (list.path("id").asText().equals("list-8")) {
                importList = list;
            }
        }
        if (importList == null) {
            throw new IllegalStateException("SIF has no list-8");
        }
        importRows = options.importRows();
        importFile = ChildListFile.write(importList, importRows, options.work().resolve("sif-list-8.csv"));
        long start = System.nanoTime();
        JsonNode result = lead.putFile("/inspections/" + fixture.sifInspection + "/child-lists/list-8", "text/csv",
                importFile, 200);
        importSeconds = (System.nanoTime() - start) / 1e9;
        if (result.path("accepted").asLong() != importRows) {
            importFile = null;
            throw new IllegalStateException("the import accepted " + result.path("accepted") + " of " + importRows
                    + " rows: " + result.path("issues").path(0));
        }
    }

    /** Parse-only, then parse and a raw JDBC batch insert of the same rows into the server's database. */
    private void importFloor(Server server) throws Exception {
        double parse = ImportFloor.parseOnly(importFile);
        double parseAndInsert;
        try (Connection connection = database.connect(server)) {
            parseAndInsert = ImportFloor.parseAndInsert(importFile, ChildListFile.fieldIds(importList), connection);
        } finally {
            database.release(server);
        }
        table.add(Table.format("PUT child list (SIF list 8, %d columns, %,d rows) over HTTP",
                        importList.path("fields").size(), importRows), seconds(importSeconds),
                Table.format("%s (parse %s + JDBC batch insert %s)", seconds(parseAndInsert), seconds(parse),
                        seconds(parseAndInsert - parse)), Table.ratio(importSeconds, parseAndInsert), "<= 1.3");
    }

    /**
     * Deploys the test framework's version 2.0 while inspectors read and team members write: failed requests and the
     * time from the upload until the new version is served.
     */
    private void swap(int port, Fixture fixture) throws Exception {
        Client admin = new Client(port, "admin");
        admin.postFile("/admin/frameworks", "application/java-archive", options.testFramework("1.0"), 201);
        Client inspector = new Client(port, "inspector");
        int seconds = Math.max(10, options.seconds());
        CompletableFuture<Wrk.Figure> reads = CompletableFuture.supplyAsync(() -> Wrk.run(
                inspector.url("/inspections/" + fixture.inspection), inspector.authorization(), 32, seconds));
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<Writers.Figure> writes = CompletableFuture.supplyAsync(() -> {
            try {
                return Writers.run(port, Fixture.WRITERS.subList(0, 4), w -> fixture.inspection, fixture.criterion,
                        seconds, done::get);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Server.sleep(seconds * 1000L / 3);
        long start = System.nanoTime();
        admin.postFile("/admin/frameworks", "application/java-archive", options.testFramework("2.0"), 201);
        while (!admin.get("/frameworks/testing").path("version").asText().equals("2.0")) {
            Server.sleep(10);
        }
        double served = (System.nanoTime() - start) / 1e9;
        Wrk.Figure read = reads.get();
        done.set(true);
        Writers.Figure write = writes.get();
        long failed = read.errors() + read.non2xx() + write.errors() + write.lost();
        table.add("framework swap under read and write load", Table.format("%d failed requests, new version "
                        + "served after %s", failed, seconds(served)), Table.format("%.0f reads/s, %.0f writes/s",
                read.perSecond(), write.perSecond()), "-", "0 failed");
    }

    /** Heap after a full GC at idle and under read load, and the resident set. */
    private void memory(Server server, Fixture fixture) {
        long pid = server.jvm().pid();
        Server.sleep(2000);
        double idle = heapAfterGc(pid);
        Client inspector = new Client(server.httpPort(), "inspector");
        int seconds = Math.max(6, options.seconds());
        CompletableFuture<Wrk.Figure> load = CompletableFuture.supplyAsync(() -> Wrk.run(
                inspector.url("/inspections/" + fixture.inspection + "/judgements"), inspector.authorization(), 32,
                seconds));
        Server.sleep(seconds * 500L);
        double loaded = heapAfterGc(pid);
        double rss = residentMegabytes(pid);
        load.join();
        table.add("heap after full GC, idle", Table.format("%.0f MB", idle), "-", "-", "<= 256 MB");
        table.add("heap after full GC, under read load", Table.format("%.0f MB", loaded), "-", "-", "-");
        table.add("resident memory (RSS), under load", Table.format("%.0f MB", rss), "-", "-", "-");
    }

    private static double heapAfterGc(long pid) {
        Server.run(Path.of("."), "jcmd", String.valueOf(pid), "GC.run");
        String info = Server.run(Path.of("."), "jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) / 1024.0;
    }

    private static double residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /**
     * Waits until requests wrk left queued when it stopped have been served (the health check answers within 20 ms
     * three times running), so one measurement does not pay for the one before.
     */
    private static void awaitQuiet(int port) {
        Client anonymous = new Client(port, null);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int quick = 0;
        while (quick < 3 && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            int status = anonymous.status("/health");
            quick = status == 200 && System.nanoTime() - start < 20_000_000L ? quick + 1 : 0;
            Server.sleep(100);
        }
    }

    /** Inspectra is ready when its health check answers 200 and every framework it ships is listed. */
    private static boolean ready(Client admin) {
        if (new Client(admin.port(), null).status("/health") != 200) {
            return false;
        }
        try {
            JsonNode frameworks = admin.get("/frameworks");
            java.util.Set<String> listed = new java.util.HashSet<>();
            frameworks.forEach(f -> listed.add(f.path("id").asText()));
            return listed.containsAll(FRAMEWORKS);
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static String seconds(double s) {
        return Table.format("%.2f s", s);
    }

    private void writeResults() throws IOException {
        String machine = machine();
        String results = "# Benchmark results\n\n"
                + "The last run of the suite ([README.md](README.md)); each figure beside its floor measured in the same "
                + "run. Read the ratios: the load generator shares the machine with the server.\n\n"
                + "- When: " + LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES) + "\n"
                + "- Machine: " + machine + "\n"
                + "- Database: " + database.describe() + "\n"
                + "- The machine's load average (1 minute) at the start and at the end of the run: " + loadAtStart
                + " and " + loadAverage() + " (other work on the machine competes with the server and the floor alike)\n"
                + "- Loads: " + options.seconds() + " s each (wrk, 2 threads); " + options.inspections()
                + " inspections in the listed authority\n\n"
                + table.markdown();
        Files.writeString(options.results(), results);
        System.out.println("Kept in " + options.results());
    }

    private static String machine() {
        String cpu = "unknown processor";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException e) {
            // not Linux: leave it unknown
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Math.round(memoryGigabytes()) + " GiB, Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double memoryGigabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return 0;
    }
}
