package org.inspectra.rest.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InspectraException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.TooLargeException;

/** Domain failures to problem+json with the status API.md gives them. */
public final class InspectraExceptionMapper implements ExceptionMapper<InspectraException> {

    @Override
    public Response toResponse(InspectraException e) {
        Status s = statusOf(e);
        return Problem.response(Problem.of(s.status(), s.title(), e.getMessage(), e.violations())).build();
    }

    private static Status statusOf(InspectraException e) {
        if (e instanceof NotFoundException) {
            return new Status(Response.Status.NOT_FOUND, "Not found");
        }
        if (e instanceof ConflictException) {
            return new Status(Response.Status.CONFLICT, "Conflict with the current state");
        }
        if (e instanceof ForbiddenException) {
            return new Status(Response.Status.FORBIDDEN, "Not allowed for this user");
        }
        if (e instanceof RuleViolationException) {
            return new Status(UnprocessableEntity.STATUS, "Breaks a rule of the framework");
        }
        if (e instanceof TooLargeException) {
            return new Status(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Too large");
        }
        if (e instanceof InvalidInputException) {
            return new Status(Response.Status.BAD_REQUEST, "Invalid input");
        }
        return new Status(Response.Status.BAD_REQUEST, "Refused");
    }

    private record Status(Response.StatusType status, String title) {
    }
}
