package org.inspectra.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built distribution run as an operating-system process, the way the README starts it: for tests that Pax Exam
 * cannot write because they stop, kill or restart the server, run several servers at once or drive a browser.
 *
 * <p>Each server is a copy of {@code distribution/target/assembly} in a folder of its own, with a fresh data folder
 * and free ports, so it neither sees nor disturbs a server started from the assembly.
 */
public final class KarafServer implements AutoCloseable {

    private final Path home;
    private final int port;
    private final int sshPort = FreePorts.next();
    private Process process;
    private java.io.Writer console;

    private KarafServer(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /**
     * Copies the built distribution (system property {@code inspectra.distribution.assembly}, set by the failsafe
     * configuration) to {@code home}, which is emptied first, leaving its data folder behind, and gives the copy
     * free ports.
     */
    public static KarafServer copyOfDistribution(Path home) {
        KarafServer server = copyOfDistributionOnDerby(home);
        if (TestDatabase.postgresql()) {
            server.onDatabase(TestDatabase.createPostgreSql());
        }
        return server;
    }

    /** As {@link #copyOfDistribution}, on embedded Derby as shipped whichever database the run is on. */
    public static KarafServer copyOfDistributionOnDerby(Path home) {
        Path assembly = Path.of(System.getProperty("inspectra.distribution.assembly"));
        try {
            deleteTree(home);
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the distribution to " + home, e);
        }
        KarafServer server = new KarafServer(home.toAbsolutePath(), FreePorts.next());
        server.configure("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(server.port));
        server.configure("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(server.sshPort));
        server.configure("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(FreePorts.next()));
        server.configure("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(FreePorts.next()));
        return server;
    }

    /** Puts the server on a PostgreSQL database, which several servers may share (docs/deployment.md). */
    public KarafServer onDatabase(TestDatabase database) {
        database.datasourceConfiguration().forEach((key, value) ->
                configure("etc/org.ops4j.datasource-inspectra.cfg", key, value));
        return this;
    }

    /** Sets {@code key = value} in a properties-style file under the server's home, adding the line if missing. */
    public KarafServer configure(String file, String key, String value) {
        Path path = home.resolve(file);
        try {
            StringBuilder out = new StringBuilder();
            boolean replaced = false;
            if (Files.exists(path)) {
                for (String line : Files.readAllLines(path)) {
                    if (line.matches("\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                        out.append(key).append(" = ").append(value).append('\n');
                        replaced = true;
                    } else {
                        out.append(line).append('\n');
                    }
                }
            }
            if (!replaced) {
                out.append(key).append(" = ").append(value).append('\n');
            }
            Files.writeString(path, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        return this;
    }

    public Path home() {
        return home;
    }

    /** The HTTP port: the API is at {@code http://localhost:<port>/api/v1}. */
    public int port() {
        return port;
    }

    /** The port of the server's SSH console, which {@code bin/client} reaches. */
    public int sshPort() {
        return sshPort;
    }

    /** What {@code bin/client} printed (standard output and error together) and its exit code. */
    public record ClientRun(int exitCode, String output) {
    }

    /**
     * Runs {@code bin/client -u <user> -p <password> -a <sshPort> "<command>"} as a script or cron job would: its
     * standard input is no terminal ({@code /dev/null}).
     */
    public ClientRun client(String user, String password, String command) {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-u", user, "-p", password,
                "-a", String.valueOf(sshPort), command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("KARAF_HOME", home.toString());
        try {
            Process client = builder.start();
            // Read while it runs, so a long listing cannot fill the pipe and block the client.
            java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return new String(client.getInputStream().readAllBytes(),
                                    java.nio.charset.StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            if (!client.waitFor(2, TimeUnit.MINUTES)) {
                client.destroyForcibly();
                throw new IllegalStateException("bin/client did not end within 2 minutes: " + command);
            }
            return new ClientRun(client.exitValue(), output.get(30, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run bin/client", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read what bin/client printed", e);
        }
    }

    /** The server's console output and Karaf's log, for a failing test's message. */
    public Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /** Starts {@code bin/karaf server}; its console output goes to {@code server.out} under the home. */
    public KarafServer start() {
        return launch(false);
    }

    /**
     * Starts {@code bin/karaf} with its local console reading what {@link #command} writes, as an administrator at the
     * console types (the local console's user holds the admin role); what the commands print goes to
     * {@code server.out}.
     */
    public KarafServer startWithConsole() {
        return launch(true);
    }

    /** Types a command at the console of a server started with {@link #startWithConsole()}. */
    public void command(String line) {
        if (console == null) {
            throw new IllegalStateException("no console: start the server with startWithConsole()");
        }
        try {
            console.write(line + "\n");
            console.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the console is gone", e);
        }
    }

    /** What the server printed (the console's output too). */
    public String output() {
        try {
            return Files.readString(home.resolve("server.out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KarafServer launch(boolean withConsole) {
        if (process != null) {
            throw new IllegalStateException("already started");
        }
        ProcessBuilder builder = (withConsole ? new ProcessBuilder(home.resolve("bin/karaf").toString())
                : new ProcessBuilder(home.resolve("bin/karaf").toString(), "server"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.out").toFile()));
        builder.environment().put("KARAF_HOME", home.toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + home, e);
        }
        console = withConsole ? new java.io.OutputStreamWriter(process.getOutputStream(),
                java.nio.charset.StandardCharsets.UTF_8) : null;
        return this;
    }

    /** Starts the server and waits until its health check answers 200; the API, without credentials. */
    public Api startAndAwait(Duration timeout) {
        start();
        return awaitUp(timeout);
    }

    /** Waits until the health check answers 200. */
    public Api awaitUp(Duration timeout) {
        return Api.at(port).awaitUp(timeout);
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /**
     * Stops the server as a service manager would: SIGTERM to the JVM, so Karaf shuts down cleanly and Derby closes
     * its files. {@code bin/karaf} runs the JVM as its child and does not pass a signal on, so the JVM is signalled
     * itself; a server that outlived its stop would go on holding the port and the database, and a "restarted"
     * server would not be a restart at all.
     */
    public void stop() {
        end(false);
    }

    /** Kills the server's JVM at once ({@code kill -9}), as a power cut or an out-of-memory killer would. */
    public void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        if (forcibly) {
            tree.forEach(ProcessHandle::destroyForcibly);
        } else {
            process.descendants().forEach(ProcessHandle::destroy);
        }
        try {
            for (ProcessHandle p : tree) {
                try {
                    p.onExit().get(2, TimeUnit.MINUTES);
                } catch (TimeoutException stuck) {
                    p.destroyForcibly();
                    p.onExit().get(30, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + home, e);
        } catch (Exception e) {
            throw new IllegalStateException("the server at " + home + " did not stop", e);
        }
        if (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            throw new IllegalStateException("the server at " + home + " is still running");
        }
        process = null;
        console = null;
    }

    @Override
    public void close() {
        stop();
    }


    static void deleteTree(Path root) throws IOException {
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
