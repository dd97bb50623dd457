package org.inspectra.api.quality;

import java.util.List;

/**
 * One place where a rule does not hold.
 *
 * @param code    the rule's code
 * @param listId  the list of the row concerned
 * @param row     the row's number in the uploaded sheet (the heading row is 1)
 * @param childId the child unique ID, or {@code null} for a row without one
 * @param fields  the field ids concerned, in that row
 * @param message what is wrong, for people; never quotes a value that could name anyone
 */
public record QualityFinding(String code, String listId, long row, String childId, List<String> fields,
                             String message) {
    public QualityFinding {
        fields = List.copyOf(fields);
    }
}
