package org.inspectra.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The distribution's default: embedded Derby under the server's data folder. The floor opens the same database files
 * with the same Derby (10.14) and the same {@code derby.*} settings the server's etc/system.properties gives it.
 */
final class EmbeddedDerby implements Database {

    @Override
    public String describe() {
        return "embedded Derby 10.14 (the distribution's default)";
    }

    @Override
    public void configure(Server server) {
        // The distribution runs on it as shipped.
    }

    @Override
    public boolean exclusive() {
        return true;
    }

    @Override
    public Connection connect(Server server) throws SQLException {
        try {
            for (String line : Files.readAllLines(server.home().resolve("etc/system.properties"))) {
                String trimmed = line.strip();
                int eq = trimmed.indexOf('=');
                if (trimmed.startsWith("derby.") && eq > 0) {
                    System.setProperty(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DriverManager.getConnection("jdbc:derby:" + path(server));
    }

    @Override
    public void release(Server server) {
        try {
            DriverManager.getConnection("jdbc:derby:" + path(server) + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // Derby answers a shutdown with an exception (08006) by design.
        }
    }

    private static Path path(Server server) {
        return server.home().resolve("data/derby/inspectra");
    }
}
