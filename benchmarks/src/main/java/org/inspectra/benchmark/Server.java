package org.inspectra.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A Karaf distribution unpacked from its archive, as an administrator installs it, and run as {@code bin/karaf
 * server}: Inspectra's, or bare Karaf's for the floor of boot. Each gets free ports.
 */
final class Server {

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private Process process;

    private Server(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** Unpacks the archive into {@code folder} (emptied first): a fresh install with no data. */
    static Server unpack(Path archive, Path folder) {
        try {
            delete(folder);
            Files.createDirectories(folder);
            run(folder, "tar", "xzf", archive.toAbsolutePath().toString(), "--strip-components=1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Server server = new Server(folder.toAbsolutePath(), freePort(), freePort());
        server.set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(server.httpPort));
        server.set("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(server.sshPort));
        server.set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        server.set("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        return server;
    }

    Path home() {
        return home;
    }

    int httpPort() {
        return httpPort;
    }

    /** Sets {@code key = value} in a configuration file under the home, replacing the key's line or adding one. */
    Server set(String file, String key, String value) {
        Path path = home.resolve(file);
        try {
            List<String> lines = Files.exists(path) ? Files.readAllLines(path) : List.of();
            StringBuilder out = new StringBuilder();
            boolean found = false;
            for (String line : lines) {
                String trimmed = line.strip();
                boolean match = trimmed.startsWith(key) && trimmed.substring(key.length()).strip().startsWith("=");
                out.append(match ? key + " = " + value : line).append('\n');
                found |= match;
            }
            if (!found) {
                out.append(key).append(" = ").append(value).append('\n');
            }
            Files.writeString(path, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Appends a line to a file under the home. */
    void append(String file, String line) {
        try {
            Files.writeString(home.resolve(file), "\n" + line + "\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A boot: the seconds from the process start until ready, and the CPU time the JVM had used by then (all its
     * threads, the JIT compilers' included). On two cores the boot is CPU-bound, and the CPU time varies less from run
     * to run than the wall clock does (docs/performance.md, Boot).
     */
    record Boot(double seconds, double cpuSeconds) {
        String describe() {
            return Table.format("%.2f s (CPU %.1f s)", seconds, cpuSeconds);
        }
    }

    /**
     * Starts {@code bin/karaf server} and returns the seconds until {@code ready} holds, polled every 50 ms, with the
     * JVM's CPU time at that moment; the time counts from the process start, so it includes the JVM's.
     */
    Boot startAndTime(BooleanSupplier ready, Duration timeout) {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.out").toFile()));
        builder.environment().put("KARAF_HOME", home.toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server at " + home + " exited; see " + home.resolve("server.out"));
            }
            if (ready.getAsBoolean()) {
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = jvm().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
                return new Boot(seconds, cpu);
            }
            sleep(50);
        }
        throw new IllegalStateException("the server at " + home + " was not ready within " + timeout);
    }

    /** Bare Karaf's last boot step: its SSH console accepts connections. */
    boolean sshListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", sshPort), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The server's JVM (bin/karaf runs it as a child of a shell). */
    ProcessHandle jvm() {
        return Optional.ofNullable(process).stream().flatMap(Process::descendants)
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no JVM under " + home));
    }

    /** SIGTERM to the JVM itself (the script does not pass it on), so Karaf stops cleanly and closes the database. */
    void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        process.descendants().forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(2, TimeUnit.MINUTES);
            } catch (Exception stuck) {
                p.destroyForcibly();
            }
        }
        process = null;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end, failing on a non-zero exit; returns what it printed. */
    static String run(Path folder, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void delete(Path root) throws IOException {
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
