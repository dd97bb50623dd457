package org.inspectra.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suite's command line: where the built distribution, bare Karaf and the test framework are, which database the
 * server runs on, how long each load runs and how much data is set up.
 *
 * @param testFramework the test framework's jar path without {@code .jar}: version 1.0 is it, 2.0 adds {@code -v2}
 */
record Options(Path distribution, Path karaf, Path testFramework, Path work, Path results, String database,
               int seconds, int inspections, int importRows, boolean jfr, Set<String> parts, List<String> reads) {

    /** The suite's parts, in the order they run. */
    static final List<String> PARTS = List.of("boot", "reads", "writes", "import", "swap", "memory");

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            given.put(args[i].substring(2), args[++i]);
        }
        Options options = new Options(path(given, "distribution"), path(given, "karaf"),
                Path.of(required(given, "test-framework")), Path.of(given.getOrDefault("work", "target/run")),
                Path.of(given.getOrDefault("results", "RESULTS.md")), given.getOrDefault("database", "derby"),
                Integer.parseInt(given.getOrDefault("seconds", "10")),
                Integer.parseInt(given.getOrDefault("inspections", "3500")),
                Integer.parseInt(given.getOrDefault("import-rows", "100000")),
                Boolean.parseBoolean(given.getOrDefault("jfr", "false")),
                Set.copyOf(List.of(given.getOrDefault("parts", String.join(",", PARTS)).split(","))),
                given.containsKey("reads") ? List.of(given.get("reads").split(",")) : List.of());
        if (!PARTS.containsAll(options.parts())) {
            throw new IllegalArgumentException("--parts takes some of " + String.join(",", PARTS));
        }
        Database.named(options.database());
        return options;
    }

    /** Whether the part is to run. */
    boolean runs(String part) {
        return parts.contains(part);
    }

    /** Whether the read of this name is to be measured: every read, or those whose names contain one given. */
    boolean measures(String read) {
        return reads.isEmpty() || reads.stream().anyMatch(read::contains);
    }

    Path testFramework(String version) {
        return Path.of(testFramework + (version.startsWith("1") ? "" : "-v" + version.charAt(0)) + ".jar");
    }

    private static Path path(Map<String, String> given, String name) {
        Path path = Path.of(required(given, name));
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--" + name + " " + path + " does not exist: build the distribution "
                    + "first (mvn -B -DskipTests package), see benchmarks/README.md");
        }
        return path;
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
