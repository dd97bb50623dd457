package org.inspectra.api.quality;

import java.util.List;
import java.util.function.Supplier;

/** Where a check reports what it finds, under its own rule's code. */
@FunctionalInterface
public interface Findings {

    /**
     * Reports one finding.
     *
     * @param listId  the list of the row concerned
     * @param row     the row's number in the sheet
     * @param childId the child, or {@code null}
     * @param fields  the field ids concerned
     * @param message what is wrong; never quote a value, which could name someone
     */
    void add(String listId, long row, String childId, List<String> fields, String message);

    /**
     * Reports one finding whose message is made only where the findings are kept: a run that only counts them (after
     * an upload) never calls {@code message}.
     */
    default void add(String listId, long row, String childId, List<String> fields, Supplier<String> message) {
        add(listId, row, childId, fields, message.get());
    }
}
