package org.inspectra.persistence.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on a PostgreSQL channel with a connection of its own, held for as long as it runs, and calls the listener
 * for each burst of notifications. Where the connection breaks (the database restarted, a network cut) it connects
 * again and calls the listener once, since notifications sent meanwhile are lost.
 */
final class BundleChangeListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BundleChangeListener.class);
    private static final int WAIT_MILLIS = 5_000;
    private static final long RETRY_MILLIS = 2_000;

    private final DataSource dataSource;
    private final String channel;
    private final Runnable listener;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    private BundleChangeListener(DataSource dataSource, String channel, Runnable listener) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.listener = listener;
        this.thread = new Thread(this::run, "inspectra-bundle-listener");
        thread.setDaemon(true);
    }

    static BundleChangeListener start(DataSource dataSource, String channel, Runnable listener) {
        BundleChangeListener l = new BundleChangeListener(dataSource, channel, listener);
        l.thread.start();
        return l;
    }

    private void run() {
        boolean reconnected = false;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
                if (reconnected) {
                    listener.run();
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        listener.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening for bundle changes failed ({}); connecting again", e.getMessage());
                reconnected = true;
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                connection = null;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                // Ends a wait for notifications at once rather than after it times out.
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
