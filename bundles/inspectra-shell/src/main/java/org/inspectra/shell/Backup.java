package org.inspectra.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;

/**
 * An online, consistent backup of the database while the server runs. On embedded Derby,
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} copies the database as of one moment (writes wait for the copy, reads go
 * on) into {@code <folder>/inspectra}; restoring is copying that folder back while the server is stopped
 * (docs/operations.md). On PostgreSQL the database's own tool does it: the command says how.
 */
@Service
@Command(scope = "inspectra", name = "backup",
        description = "Backs the database up while the server runs (Derby: into <folder>/inspectra)")
public final class Backup implements Action {

    @Reference(filter = "(osgi.jndi.service.name=inspectra)")
    DataSource dataSource;

    @Reference
    AuditTrail audit;

    @Argument(index = 0, name = "folder", required = true, description = "The folder to back up into")
    @Completion(FileCompleter.class)
    String folder;

    @Override
    public Object execute() throws Exception {
        var caller = ShellCaller.administrator();
        Path target = Path.of(folder).toAbsolutePath().normalize();
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                System.out.println("The database is PostgreSQL (" + connection.getMetaData().getURL() + "): back it "
                        + "up with its own tool while the server runs, e.g.\n  pg_dump --format=custom --file="
                        + target.resolve("inspectra.dump") + " <database>\nand restore with pg_restore "
                        + "(docs/operations.md).");
                return null;
            }
            if (!product.toLowerCase(java.util.Locale.ROOT).contains("derby")) {
                throw new InvalidInputException("No online backup for " + product + "; use its own tools");
            }
            Files.createDirectories(target);
            backUpDerby(connection, target);
        }
        audit.record(new AuditEntry(Clock.systemUTC().instant(), caller.user(), "database.backed-up",
                "database/inspectra", null, "{\"folder\":\"" + target.toString().replace("\\", "/")
                .replace("\"", "") + "\"}"));
        System.out.println("Backed up to " + target.resolve("inspectra"));
        return null;
    }

    private static void backUpDerby(Connection connection, Path target) throws SQLException {
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        }
    }
}
