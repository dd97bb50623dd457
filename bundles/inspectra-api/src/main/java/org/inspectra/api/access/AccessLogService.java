package org.inspectra.api.access;

import org.inspectra.api.security.Caller;

/** Reading who read an inspection's children's data: for administrators. */
@org.osgi.annotation.versioning.ProviderType
public interface AccessLogService {

    /** Most records on one page where none is asked for, and the most that may be. */
    int DEFAULT_LIMIT = 100;
    int MAX_LIMIT = 500;

    /**
     * One page of the inspection's access log, oldest first. A page is the same whatever is recorded meanwhile: the
     * cursor names the last record read.
     *
     * @param limit  records on the page, 1 to {@link #MAX_LIMIT}
     * @param cursor {@code null} for the first page, else a page's {@link AccessPage#nextCursor()}
     * @throws org.inspectra.api.error.InvalidInputException where the limit or the cursor is not one given here
     * @throws org.inspectra.api.error.NotFoundException     where there is no such inspection
     * @throws org.inspectra.api.error.ForbiddenException    where the caller is not an administrator
     */
    AccessPage inspection(String inspectionId, int limit, String cursor, Caller caller);
}
