package org.inspectra.rest.problem;

import java.util.UUID;

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

    @Override
    public Response toResponse(Throwable e) {
        switch (FailureKind.of(e)) {
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

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 32 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
