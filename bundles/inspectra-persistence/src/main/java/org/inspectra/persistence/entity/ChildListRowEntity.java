package org.inspectra.persistence.entity;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.inspectra.api.childdata.ChildRow;

/**
 * One accepted row of a child-level list. The values are one column, field id and value separated by control
 * characters that the importer never lets into a value, so a list of any shape fits one table; a row holds at most
 * {@link ChildRow#MAX_CHARACTERS} characters, which with the separators stays within the column.
 */
@Entity
@Table(name = "child_list_row")
@IdClass(ChildListRowEntity.Key.class)
public class ChildListRowEntity {

    private static final char FIELD = '\u001E';
    private static final char VALUE = '\u001F';

    @Id
    @Column(name = "inspection_id", length = 36)
    private String inspectionId;

    @Id
    @Column(name = "list_id", length = 64)
    private String listId;

    @Id
    @Column(name = "row_number")
    private long rowNumber;

    @Column(name = "child_id", length = 128)
    private String childId;

    @Column(name = "row_values", nullable = false, length = 32672)
    private String values;

    protected ChildListRowEntity() {
        // for JPA
    }

    public ChildListRowEntity(String inspectionId, String listId, ChildRow row) {
        this.inspectionId = inspectionId;
        this.listId = listId;
        this.rowNumber = row.row();
        this.childId = row.childId();
        StringBuilder encoded = new StringBuilder();
        row.values().forEach((field, value) -> encoded.append(field).append(VALUE).append(value).append(FIELD));
        this.values = encoded.toString();
    }

    public String listId() {
        return listId;
    }

    public ChildRow toDomain() {
        Map<String, String> decoded = new LinkedHashMap<>();
        int start = 0;
        while (start < values.length()) {
            int end = values.indexOf(FIELD, start);
            int split = values.indexOf(VALUE, start);
            decoded.put(values.substring(start, split), values.substring(split + 1, end));
            start = end + 1;
        }
        return new ChildRow(rowNumber, childId, decoded);
    }

    /** The composite key. */
    public static final class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;

        private String inspectionId;
        private String listId;
        private long rowNumber;

        public Key() {
            // for JPA
        }

        @Override
        Object[] parts() {
            return new Object[] {inspectionId, listId, rowNumber};
        }
    }
}
