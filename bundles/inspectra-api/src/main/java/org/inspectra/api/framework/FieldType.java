package org.inspectra.api.framework;

/** The kind of value a child-list column holds. */
public enum FieldType {
    /** The child unique ID, consistent across lists ({@code 000 §259}). */
    CHILD_ID,
    TEXT,
    /** One of the field's codes. */
    CODE,
    DATE,
    /** Y or N. */
    FLAG,
    INTEGER
}
