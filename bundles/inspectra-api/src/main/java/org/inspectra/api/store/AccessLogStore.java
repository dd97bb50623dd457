package org.inspectra.api.store;

import java.util.List;

import org.inspectra.api.access.DataAccess;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/** Storage of the access log: appended in batches, read by inspection in the order written. */
public interface AccessLogStore {

    /** Appends the records in one transaction. */
    void append(List<DataAccess> records);

    /**
     * A page of the inspection's records in the order written.
     *
     * @throws org.inspectra.api.error.InvalidInputException where the cursor is not one this log gave
     */
    Page<DataAccess> page(String inspectionId, PageRequest page);
}
