package org.inspectra.rest.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * What an unforeseen exception means for the client, read off its cause chain without depending on the JPA provider
 * or the driver: the database refused for contention (a lock timeout, a deadlock, a lost optimistic race), the
 * database cannot be reached, or the client hung up before the answer was written.
 */
public enum FailureKind {
    /** Another writer held or changed the same rows: 409, try again. */
    CONTENTION,
    /** The database is down, read-only, out of connections or restarting: 503, try again later. */
    UNAVAILABLE,
    /** The client closed the connection: nothing to answer and nothing for an operator to look at. */
    CLIENT_GONE,
    /** A defect: 500 with an incident id. */
    UNEXPECTED;

    /** Exception classes (simple names) that mean contention, whichever provider threw them. */
    private static final Set<String> CONTENTION_TYPES = Set.of("OptimisticLockException", "PessimisticLockException",
            "LockTimeoutException", "StaleObjectStateException", "StaleStateException", "LockAcquisitionException",
            "SQLTransactionRollbackException");

    /** Exception classes (simple names) that mean the database or its pool cannot serve. */
    private static final Set<String> UNAVAILABLE_TYPES = Set.of("JDBCConnectionException",
            "SQLTransientConnectionException", "SQLNonTransientConnectionException", "SQLRecoverableException",
            "CannotCreateTransactionException");

    public static FailureKind of(Throwable failure) {
        FailureKind kind = UNEXPECTED;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            String name = t.getClass().getSimpleName();
            if (name.equals("EofException") || t instanceof java.io.IOException io && closedByPeer(io)) {
                return CLIENT_GONE;
            }
            if (t instanceof SQLException sql) {
                FailureKind byState = ofSqlState(sql.getSQLState());
                if (byState != UNEXPECTED) {
                    return byState;
                }
            }
            if (kind == UNEXPECTED && t instanceof RuntimeException && thrownCompletingAnXaTransaction(t)) {
                kind = UNAVAILABLE;
            }
            if (CONTENTION_TYPES.contains(name)) {
                kind = CONTENTION;
            } else if (UNAVAILABLE_TYPES.contains(name) && kind == UNEXPECTED) {
                kind = UNAVAILABLE;
            } else if (kind == UNEXPECTED && name.equals("GenericJDBCException") && t.getMessage() != null
                    && t.getMessage().contains("Unable to acquire JDBC Connection")) {
                kind = UNAVAILABLE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return kind;
    }

    /**
     * SQL states of the standard classes 08 (connection) and 40 (transaction rollback), PostgreSQL's lock-not-available
     * and admin-shutdown states, and Derby's own: 40XL1/40XL2 lock timeout and deadlock, XJ040/XJ001 a database that
     * could not boot, 25502 a read-only database refusing a write, XSLA*, XSDG*, XSDB* its log and data files failing
     * to be written (as when the data folder turns read-only). A table or schema of the application's own missing
     * (Derby's 42X05 and 42Y07, PostgreSQL's 42P01 and 3F000) is the same outage seen from a query: the migrations
     * created them before any request was served, so a database without them is not the one the server migrated,
     * as when embedded Derby, its files unwritable, boots again read-only from its data files without replaying its
     * log, and finds none of the tables created since its last checkpoint until it recovers.
     */
    static FailureKind ofSqlState(String state) {
        if (state == null) {
            return UNEXPECTED;
        }
        if (state.startsWith("40") || state.equals("55P03")) {
            return CONTENTION;
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300") || state.equals("XJ040")
                || state.equals("XJ001") || state.equals("XJ004") || state.equals("25502")
                || state.startsWith("XSLA") || state.startsWith("XSDG") || state.startsWith("XSDB")
                || state.startsWith("XBM0") || state.equals("42X05") || state.equals("42Y07")
                || state.equals("42P01") || state.equals("3F000")) {
            return UNAVAILABLE;
        }
        return UNEXPECTED;
    }

    /** The methods of an XA resource that end a transaction. */
    private static final Set<String> XA_COMPLETION = Set.of("commit", "prepare", "rollback", "end");

    /**
     * Whether an unchecked exception came out of a database's XA resource while it ended a transaction: the database
     * failed mid-commit, as embedded Derby does when it cannot write its log (its {@code EmbedXAResource.commit} then
     * throws an {@code IndexOutOfBoundsException} from its internals); the transaction did not complete.
     */
    private static boolean thrownCompletingAnXaTransaction(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().endsWith("XAResource") && XA_COMPLETION.contains(frame.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean closedByPeer(java.io.IOException io) {
        String message = io.getMessage();
        return message != null && (message.contains("Broken pipe") || message.contains("Connection reset")
                || message.contains("Early EOF"));
    }
}
