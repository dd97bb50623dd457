package org.inspectra.persistence.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;

/**
 * One accepted row of a child-level list, as far as queries need it: which list, which row, which child. Its values
 * are kept in each database's own form ({@code org.inspectra.persistence.childrow.ChildRowTable}), written and read
 * through JDBC, so they are not mapped here.
 */
@Entity
@Proxy(lazy = false)
@Table(name = "child_list_row")
@IdClass(ChildListRowEntity.Key.class)
public class ChildListRowEntity {

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

    protected ChildListRowEntity() {
        // for JPA
    }

    public String listId() {
        return listId;
    }

    public String childId() {
        return childId;
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
