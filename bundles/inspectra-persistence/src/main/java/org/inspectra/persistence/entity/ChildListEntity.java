package org.inspectra.persistence.entity;

import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.childdata.ImportResult;

/** The upload that made a child-level list as it stands: its counts (the issues went back to the uploader). */
@Entity
@Proxy(lazy = false)
@Table(name = "child_list")
@IdClass(ChildListEntity.Key.class)
public class ChildListEntity {

    @Id
    @Column(name = "inspection_id", length = 36)
    private String inspectionId;

    @Id
    @Column(name = "list_id", length = 64)
    private String listId;

    @Column(name = "rows_read", nullable = false)
    private long rows;

    @Column(name = "accepted", nullable = false)
    private long accepted;

    @Column(name = "rejected", nullable = false)
    private long rejected;

    protected ChildListEntity() {
        // for JPA
    }

    public ChildListEntity(String inspectionId, String listId) {
        this.inspectionId = inspectionId;
        this.listId = listId;
    }

    public void record(ImportResult result) {
        this.rows = result.rows();
        this.accepted = result.accepted();
        this.rejected = result.rejected();
    }

    public ImportResult toDomain() {
        return new ImportResult(listId, rows, accepted, rejected, List.of());
    }

    /** The composite key. */
    public static final class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;

        private String inspectionId;
        private String listId;

        public Key() {
            // for JPA
        }

        public Key(String inspectionId, String listId) {
            this.inspectionId = inspectionId;
            this.listId = listId;
        }

        @Override
        Object[] parts() {
            return new Object[] {inspectionId, listId};
        }
    }
}
