package org.inspectra.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class FailureKindTest {

    /** Named as Jetty's: the classifier reads names, not types, so it needs no Jetty. */
    static final class EofException extends IOException {
        EofException() {
            super("closed");
        }
    }

    /** Named as JPA's. */
    static final class OptimisticLockException extends RuntimeException {
        OptimisticLockException(Throwable cause) {
            super(cause);
        }
    }

    @Test
    void derbyLockTimeoutsAndDeadlocksAreContentionWhereverTheyAreWrapped() {
        assertThat(FailureKind.of(new RuntimeException(new RuntimeException(
                new SQLException("A lock could not be obtained within the time requested", "40XL1")))))
                .isEqualTo(FailureKind.CONTENTION);
        assertThat(FailureKind.of(new RuntimeException(new SQLException("deadlock", "40XL2"))))
                .isEqualTo(FailureKind.CONTENTION);
        assertThat(FailureKind.of(new IllegalStateException(new SQLTransactionRollbackException("x"))))
                .isEqualTo(FailureKind.CONTENTION);
        assertThat(FailureKind.of(new RuntimeException(new OptimisticLockException(null))))
                .isEqualTo(FailureKind.CONTENTION);
        assertThat(FailureKind.of(new SQLException("deadlock detected", "40P01"))).isEqualTo(FailureKind.CONTENTION);
    }

    @Test
    void anUnreachableOrReadOnlyDatabaseIsUnavailable() {
        assertThat(FailureKind.of(new RuntimeException(new SQLException("Database shut down", "08006"))))
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureKind.of(new RuntimeException(new SQLException("cannot write the log", "XSLA4"))))
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureKind.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureKind.of(new java.sql.SQLNonTransientConnectionException("no connection")))
                .isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void aDatabaseWithoutTheMigratedTablesIsUnavailable() {
        // Embedded Derby booted read-only from its data files without its log: the tables are not there.
        assertThat(FailureKind.of(new RuntimeException("could not prepare statement", new SQLException(
                "Borrow prepareStatement from pool failed", new java.sql.SQLSyntaxErrorException(
                "Table/View 'LOCAL_AUTHORITY' does not exist.", "42X05")))))
                .isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureKind.of(new SQLException("relation \"local_authority\" does not exist", "42P01")))
                .isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void aClientThatHungUpIsNoIncident() {
        assertThat(FailureKind.of(new RuntimeException(new EofException()))).isEqualTo(FailureKind.CLIENT_GONE);
        assertThat(FailureKind.of(new IOException("Broken pipe"))).isEqualTo(FailureKind.CLIENT_GONE);
    }

    @Test
    void everythingElseIsADefect() {
        assertThat(FailureKind.of(new NullPointerException())).isEqualTo(FailureKind.UNEXPECTED);
        assertThat(FailureKind.of(new SQLException("syntax", "42X01"))).isEqualTo(FailureKind.UNEXPECTED);
    }

    @Test
    void theMapperAnswersContentionWith409AndARetryHintAndAnOutageWith503() {
        UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();
        Response conflict = mapper.toResponse(new RuntimeException(new SQLException("lock", "40XL1")));
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(conflict.getMediaType()).isEqualTo(Problem.PROBLEM_JSON);
        Response outage = mapper.toResponse(new RuntimeException(new SQLException("down", "08001")));
        assertThat(outage.getStatus()).isEqualTo(503);
        assertThat(outage.getHeaderString("Retry-After")).isEqualTo("5");
        Response defect = mapper.toResponse(new IllegalStateException("boom"));
        assertThat(defect.getStatus()).isEqualTo(500);
        assertThat(((Problem) defect.getEntity()).detail()).doesNotContain("boom").contains("incident");
    }

    @Test
    void aFailureNothingExplainsIs503WhileTheDatabaseDoesNotAnswer() {
        UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper(() -> {
            throw new IllegalStateException(new SQLException("Database not booted", "XJ040"));
        });
        assertThat(mapper.toResponse(new IndexOutOfBoundsException("Index -1")).getStatus()).isEqualTo(503);
        assertThat(new UnexpectedExceptionMapper(() -> true).toResponse(new IndexOutOfBoundsException()).getStatus())
                .isEqualTo(500);
    }

    @Test
    void anUncheckedFailureOfADatabaseXaCommitIsUnavailableNotADefect() {
        IndexOutOfBoundsException derby = new IndexOutOfBoundsException("Index -1 out of bounds for length 1");
        derby.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.ArrayList", "remove", "ArrayList.java", 504),
                new StackTraceElement("org.apache.derby.jdbc.EmbedXAResource", "commit", null, -1),
                new StackTraceElement("org.apache.geronimo.transaction.manager.TransactionImpl", "commit", null, 305)});
        assertThat(FailureKind.of(derby)).isEqualTo(FailureKind.UNAVAILABLE);
        // The same exception anywhere else is a defect.
        assertThat(FailureKind.of(new IndexOutOfBoundsException("Index -1"))).isEqualTo(FailureKind.UNEXPECTED);
    }
}
