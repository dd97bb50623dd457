package org.inspectra.api.childdata;

/**
 * One problem found in an upload.
 *
 * @param row     the sheet's row number (1 is the heading row), or 0 for the file as a whole
 * @param field   the field id (or the heading as written, for a column the list does not have), or {@code null}
 * @param code    kebab-case reason, e.g. {@code required}, {@code invalid-date}, {@code duplicate-child}
 * @param message what is wrong, for people; never quotes a cell that could hold a name
 */
public record ImportIssue(long row, String field, String code, String message) {
}
