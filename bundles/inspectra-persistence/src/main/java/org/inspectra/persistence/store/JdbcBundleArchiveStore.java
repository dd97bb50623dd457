package org.inspectra.persistence.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hibernate.Session;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.store.BundleArchiveStore;
import org.inspectra.persistence.schema.SchemaMigration;
import org.inspectra.persistence.schema.Vendor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Deployed bundles in {@code framework_bundle} (V51: BLOB on Derby, BYTEA on PostgreSQL), through JDBC on the
 * transaction's connection so the archive streams in. On PostgreSQL a change is announced with {@code pg_notify} in
 * the same transaction (delivered when it commits) and {@link #onChange} listens on a connection of its own
 * ({@link BundleChangeListener}).
 */
@Component(service = BundleArchiveStore.class)
public final class JdbcBundleArchiveStore implements BundleArchiveStore {

    /** The PostgreSQL channel the nodes announce bundle changes on. */
    static final String CHANNEL = "inspectra_bundles";

    private final JpaTemplate jpa;
    private final DataSource dataSource;
    private final Vendor vendor;

    @Activate
    public JdbcBundleArchiveStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                                  @Reference(target = "(osgi.jndi.service.name=inspectra)") DataSource dataSource,
                                  @Reference SchemaMigration schema) {
        this.jpa = jpa;
        this.dataSource = dataSource;
        this.vendor = schema.vendor();
    }

    @Override
    public List<StoredBundle> list() {
        return work(TransactionType.Supports, connection -> {
            List<StoredBundle> bundles = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT symbolic_name, bundle_version, checksum, archive_size,"
                         + " changed_by, changed_at, removed FROM framework_bundle"
                         + " ORDER BY symbolic_name, bundle_version")) {
                while (r.next()) {
                    bundles.add(new StoredBundle(r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                            r.getString(5), r.getTimestamp(6).toInstant(), r.getBoolean(7)));
                }
            }
            return bundles;
        });
    }

    @Override
    public void store(StoredBundle bundle, Path archive) {
        work(TransactionType.Required, connection -> {
            delete(connection, bundle.symbolicName(), bundle.version());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO framework_bundle (symbolic_name,"
                    + " bundle_version, checksum, archive_size, archive, changed_by, changed_at, removed)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 InputStream in = Files.newInputStream(archive)) {
                insert.setString(1, bundle.symbolicName());
                insert.setString(2, bundle.version());
                insert.setString(3, bundle.checksum());
                insert.setLong(4, bundle.size());
                insert.setBinaryStream(5, in, bundle.size());
                insert.setString(6, bundle.by());
                insert.setTimestamp(7, Timestamp.from(bundle.at()));
                insert.setBoolean(8, false);
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            announce(connection, bundle.symbolicName() + "/" + bundle.version());
            return null;
        });
    }

    @Override
    public void remove(String symbolicName, String version, String by, java.time.Instant at) {
        work(TransactionType.Required, connection -> {
            delete(connection, symbolicName, version);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO framework_bundle (symbolic_name,"
                    + " bundle_version, checksum, archive_size, archive, changed_by, changed_at, removed)"
                    + " VALUES (?, ?, NULL, 0, NULL, ?, ?, ?)")) {
                insert.setString(1, symbolicName);
                insert.setString(2, version);
                insert.setString(3, by);
                insert.setTimestamp(4, Timestamp.from(at));
                insert.setBoolean(5, true);
                insert.executeUpdate();
            }
            announce(connection, symbolicName + "/" + version);
            return null;
        });
    }

    @Override
    public InputStream archive(String symbolicName, String version) {
        byte[] archive = work(TransactionType.Supports, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT archive FROM framework_bundle"
                    + " WHERE symbolic_name = ? AND bundle_version = ? AND NOT removed")) {
                select.setString(1, symbolicName);
                select.setString(2, version);
                try (ResultSet r = select.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            }
        });
        if (archive == null) {
            throw new NotFoundException("No bundle " + symbolicName + " " + version + " is stored");
        }
        return new ByteArrayInputStream(archive);
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        if (vendor != Vendor.POSTGRESQL) {
            // One node: nobody else changes the bundles.
            return () -> { };
        }
        return BundleChangeListener.start(dataSource, CHANNEL, listener);
    }

    private static void delete(Connection connection, String symbolicName, String version) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM framework_bundle"
                + " WHERE symbolic_name = ? AND bundle_version = ?")) {
            delete.setString(1, symbolicName);
            delete.setString(2, version);
            delete.executeUpdate();
        }
    }

    private void announce(Connection connection, String what) throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, what);
                notify.execute();
            }
        }
    }

    private <R> R work(TransactionType type, SqlWork<R> work) {
        return jpa.txExpr(type, em -> em.unwrap(Session.class).doReturningWork(work::apply));
    }

    @FunctionalInterface
    private interface SqlWork<R> {
        R apply(Connection connection) throws SQLException;
    }
}
