package org.inspectra.persistence.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings embedded Derby back to writing once its files can be written again, without a restart (docs/operations.md).
 *
 * <p>When Derby fails to write its log (a full disk, a data folder made read-only), it shuts the database down; the
 * pool's next connection boots it again, and Derby, finding its folder unwritable, boots it <em>read-only</em>, without
 * replaying its log. Booted so, it stays read-only after the files are writable again: every write is refused
 * (SQL state 25502) and what was only in the log is not seen, until the database is booted again. Every few seconds
 * this looks at the database through the pool; where it is read-only and its folder can be written, it shuts the
 * database down, and the next connection the pool opens boots it read-write and replays the log. A PostgreSQL
 * datasource is left alone.
 */
@Component(immediate = true)
public final class DerbyReadOnlyRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyReadOnlyRecovery.class);
    private static final String DERBY = "jdbc:derby:";
    private static final long PERIOD_SECONDS = 2;

    private final DataSource dataSource;
    private final DataSourceFactory derby;
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inspectra-derby-recovery");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DerbyReadOnlyRecovery(@Reference(target = "(osgi.jndi.service.name=inspectra)") DataSource dataSource,
                                 @Reference(target = "(osgi.jdbc.driver.name=derby)") DataSourceFactory derby) {
        this.dataSource = dataSource;
        this.derby = derby;
        watch.scheduleWithFixedDelay(this::check, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        watch.shutdownNow();
    }

    /** One look; never throws, so the schedule goes on. */
    void check() {
        try {
            String database = readOnlyDerbyDatabase();
            if (database == null) {
                return;
            }
            if (!writable(Path.of(database))) {
                return;
            }
            LOG.warn("The Derby database {} was booted read-only while its files could not be written; they can be "
                    + "now: shutting it down, so that the next connection boots it read-write and replays its log",
                    database);
            shutDown(database);
        } catch (RuntimeException e) {
            LOG.debug("Derby recovery check failed", e);
        }
    }

    /**
     * The folder of the Derby database behind the pool where it is booted read-only; null where it is not, where
     * the datasource is not Derby (the watch then stops) or where no connection can be had now.
     */
    private String readOnlyDerbyDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String url = metaData.getURL();
            if (url == null || !url.startsWith(DERBY)) {
                watch.shutdown();
                return null;
            }
            if (!metaData.isReadOnly()) {
                return null;
            }
            String database = url.substring(DERBY.length());
            int attributes = database.indexOf(';');
            return attributes < 0 ? database : database.substring(0, attributes);
        } catch (SQLException e) {
            return null;
        }
    }

    /** Whether a file can be made (and removed) in the database's folder, its log and its data. */
    static boolean writable(Path database) {
        for (Path folder : new Path[] {database, database.resolve("log"), database.resolve("seg0")}) {
            try {
                Path probe = Files.createTempFile(folder, "inspectra-probe", ".tmp");
                Files.delete(probe);
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private void shutDown(String database) {
        try {
            derby.createDriver(null).connect(DERBY + database + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            // Derby answers a shutdown with an exception: 08006 for one database.
            if ("08006".equals(e.getSQLState())) {
                LOG.info("The Derby database {} is shut down; the next connection boots it", database);
            } else {
                LOG.warn("Could not shut the Derby database {} down: {} ({})", database, e.getMessage(),
                        e.getSQLState());
            }
        }
    }
}
