package org.inspectra.childdata.internal;

import java.util.List;

/** Receives a sheet's rows in order, as they are read. */
@FunctionalInterface
interface RowHandler {

    /**
     * One row.
     *
     * @param number the row number as the spreadsheet shows it (the first row is 1)
     * @param cells  the cells' text from the first column on; missing cells are empty strings
     */
    void row(long number, List<String> cells);
}
