package org.inspectra.rest.problem;

import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: anything unforeseen becomes a 500 problem with an incident id that is also in the log, and no stack
 * trace ever reaches the client.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        if (clientWentAway(e)) {
            // Nothing failed here and no one is left to answer: no stack trace (under load, a burst of them queued
            // every thread on the logger and the class loader; docs/performance.md).
            LOG.debug("The client closed the connection before its answer was written, incident {}", incident);
        } else {
            LOG.error("Unexpected failure, incident {}", incident, e);
        }
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "The server failed unexpectedly; quote incident " + incident + " to the administrator").build();
    }

    /** Jetty's EofException: the client closed the connection while the answer was being written. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.eclipse.jetty.io.EofException")) {
                return true;
            }
        }
        return false;
    }
}
