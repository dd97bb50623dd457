package org.inspectra.api.access;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;

/** Reading who read an inspection's children's data: for administrators. */
@org.osgi.annotation.versioning.ProviderType
public interface AccessLogService {

    /**
     * One page of the inspection's access log, oldest first, the same whatever is recorded meanwhile (API.md, Paging).
     * Every read recorded before the call is on it or a later page.
     *
     * @throws org.inspectra.api.error.InvalidInputException where the cursor is not one this log gave
     * @throws org.inspectra.api.error.NotFoundException     where there is no such inspection
     * @throws org.inspectra.api.error.ForbiddenException    where the caller is not an administrator
     */
    Page<DataAccess> inspection(String inspectionId, PageRequest page, Caller caller);
}
