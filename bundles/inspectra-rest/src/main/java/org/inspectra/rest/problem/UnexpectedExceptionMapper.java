package org.inspectra.rest.problem;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line. Contention the stores did not turn into a conflict themselves answers 409 and an unreachable database
 * 503, both with a {@code Retry-After}; a client that hung up is logged at debug; anything else is a 500 problem with
 * an incident id that is also in the log. No stack trace ever reaches the client.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    /** Seconds a client waits before trying a write that lost to contention again. */
    static final String CONTENTION_RETRY_AFTER = "1";

    /** Seconds a client waits while the database is unreachable. */
    static final String UNAVAILABLE_RETRY_AFTER = "5";

    private final BooleanSupplier databaseAnswers;

    /** For a server that reaches no database. */
    public UnexpectedExceptionMapper() {
        this(() -> true);
    }

    /**
     * @param databaseAnswers whether the database answers a read now: asked after a failure nothing else explains,
     *                        since a database whose files stopped being writable fails in ways of its own (Derby's
     *                        XA commit has thrown an IndexOutOfBoundsException from its internals)
     */
    public UnexpectedExceptionMapper(BooleanSupplier databaseAnswers) {
        this.databaseAnswers = databaseAnswers;
    }

    @Override
    public Response toResponse(Throwable e) {
        FailureKind kind = FailureKind.of(e);
        if (kind == FailureKind.UNEXPECTED && !answers()) {
            kind = FailureKind.UNAVAILABLE;
        }
        switch (kind) {
            case CONTENTION -> {
                LOG.debug("Refused for contention", e);
                return Problem.response(Response.Status.CONFLICT, "Conflict with a concurrent change",
                                "Another request was changing the same data at the same moment; read it again "
                                        + "and retry")
                        .header(HttpHeaders.RETRY_AFTER, CONTENTION_RETRY_AFTER).build();
            }
            case UNAVAILABLE -> {
                LOG.warn("The database is unavailable: {}", rootMessage(e));
                return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Service unavailable",
                                "The database cannot be reached for the moment; nothing was changed. Try again "
                                        + "shortly")
                        .header(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER).build();
            }
            case CLIENT_GONE -> {
                LOG.debug("The client closed the connection before the answer was written", e);
                return Problem.response(Response.Status.BAD_REQUEST, "Request not completed",
                        "The connection was closed before the request was read or answered").build();
            }
            default -> {
                String incident = UUID.randomUUID().toString();
                LOG.error("Unexpected failure, incident {}", incident, e);
                return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                        "The server failed unexpectedly; quote incident " + incident + " to the administrator")
                        .build();
            }
        }
    }

    private boolean answers() {
        try {
            return databaseAnswers.getAsBoolean();
        } catch (RuntimeException probeFailed) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 32 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
