package org.inspectra.childdata.internal;

import java.io.IOException;

/** An uploaded sheet, opened and ready to be read once as a stream of rows. */
interface Sheet extends AutoCloseable {

    /**
     * Passes every row to the handler in order.
     *
     * @throws org.inspectra.api.error.InvalidInputException where the content is not readable as the sheet's format
     * @throws IOException                                   where the upload broke off
     */
    void read(RowHandler handler) throws IOException;

    @Override
    void close() throws IOException;
}
