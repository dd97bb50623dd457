package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.selection.ProposedChild;

/** One child of an accepted selection. */
@Entity
@Proxy(lazy = false)
@Table(name = "child_selection")
@IdClass(ChildSelectionEntity.Key.class)
public class ChildSelectionEntity {

    @Id
    @Column(name = "inspection_id", length = 36)
    private String inspectionId;

    @Id
    @Column(name = "stage", length = 64)
    private String stage;

    @Id
    @Column(name = "position")
    private int position;

    @Column(name = "child_id", nullable = false, length = 128)
    private String childId;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "accepted_by", nullable = false, length = 128)
    private String acceptedBy;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected ChildSelectionEntity() {
        // for JPA
    }

    public ChildSelectionEntity(String inspectionId, String stage, int position, ProposedChild child,
                                String acceptedBy, Instant acceptedAt) {
        this.inspectionId = inspectionId;
        this.stage = stage;
        this.position = position;
        this.childId = child.childId();
        this.reason = child.reason();
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
    }

    public ProposedChild child() {
        return new ProposedChild(childId, reason);
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    /** The composite key. */
    public static final class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;

        private String inspectionId;
        private String stage;
        private int position;

        public Key() {
            // for JPA
        }

        @Override
        Object[] parts() {
            return new Object[] {inspectionId, stage, position};
        }
    }
}
