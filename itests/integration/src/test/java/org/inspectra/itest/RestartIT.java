package org.inspectra.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data survives a restart of the server as shipped: the test copies the built distribution, starts it as an
 * operating-system process the way the README does, writes through the API, stops it and starts it again.
 * (Pax Exam cannot restart the container it runs in, so this one test drives the process from outside.)
 */
class RestartIT {

    private Path home;
    private Process server;
    private int port;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Path.of("target", "restart-server").toAbsolutePath();
        deleteTree(home);
        Path assembly = Path.of(System.getProperty("inspectra.distribution.assembly"));
        try (Stream<Path> files = Files.walk(assembly)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                // A server started from the assembly (the README's first command) leaves its data there: start
                // from a fresh data folder, as a new install does.
                if (assembly.relativize(source).startsWith("data")) {
                    continue;
                }
                Path target = home.resolve(assembly.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        port = freePort();
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
    }

    @AfterEach
    void stopServer() throws Exception {
        stop();
    }

    @Test
    void localAuthoritiesInspectionsAndDeployedFrameworksSurviveARestart() throws Exception {
        start();
        Api admin = Api.at(port).awaitUp(Duration.ofMinutes(3)).asAdmin();
        Fixtures.deployTestFramework(admin, "1.0");
        Fixtures.localAuthority(admin, "330", "Birmingham");
        String id = Fixtures.openInspection(admin.asLead(), ApiIT.inspection("2025-08-18")).path("id").asText();

        stop();
        start();

        Api lead = Api.at(port).awaitUp(Duration.ofMinutes(3)).asLead();
        assertEquals("Birmingham", lead.get("/local-authorities/330").expect(200).json().path("name").asText());
        JsonNode inspection = lead.get("/inspections/" + id).expect(200).json();
        assertEquals("1.0", inspection.path("framework").path("version").asText());
        assertEquals("2025-08-26", ApiIT.due(lead.get("/inspections/" + id + "/milestones").expect(200).json(),
                "fieldwork-start"));
    }

    private void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.out").toFile()));
        builder.environment().put("KARAF_HOME", home.toString());
        server = builder.start();
    }

    /**
     * Stops the server as a service manager would: SIGTERM to the JVM, so Karaf shuts down cleanly and Derby closes
     * its files. {@code bin/karaf} runs the JVM as its child and does not pass a signal on, so the JVM is signalled
     * itself; a server that outlived its stop would go on holding the port and the database, and a "restarted"
     * server would not be a restart at all.
     */
    private void stop() throws Exception {
        if (server == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(server.descendants(), Stream.of(server.toHandle())).toList();
        server.descendants().forEach(ProcessHandle::destroy);
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(2, TimeUnit.MINUTES);
            } catch (TimeoutException stuck) {
                process.destroyForcibly();
                process.onExit().get(30, TimeUnit.SECONDS);
            }
        }
        assertFalse(tree.stream().anyMatch(ProcessHandle::isAlive), "the server process is gone");
        server = null;
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (String line : Files.readAllLines(path)) {
            if (line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                out.append(key).append(" = ").append(value).append('\n');
                replaced = true;
            } else {
                out.append(line).append('\n');
            }
        }
        if (!replaced) {
            out.append(key).append(" = ").append(value).append('\n');
        }
        Files.writeString(path, out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
