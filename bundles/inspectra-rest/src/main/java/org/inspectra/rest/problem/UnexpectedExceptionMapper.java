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
        LOG.error("Unexpected failure, incident {}", incident, e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "The server failed unexpectedly; quote incident " + incident + " to the administrator").build();
    }
}
