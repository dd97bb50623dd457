package org.inspectra.persistence.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.store.SuppliedDocumentStore.Supply;

/** A requested document the local authority has marked supplied. */
@Entity
@Proxy(lazy = false)
@Table(name = "supplied_document")
@IdClass(SuppliedDocumentEntity.Key.class)
public class SuppliedDocumentEntity {

    @Id
    @Column(name = "inspection_id", length = 36)
    private String inspectionId;

    @Id
    @Column(name = "doc_number", length = 16)
    private String number;

    @Column(name = "supplied_by", nullable = false, length = 128)
    private String suppliedBy;

    @Column(name = "supplied_at", nullable = false)
    private Instant suppliedAt;

    @Column(name = "note", length = 2000)
    private String note;

    protected SuppliedDocumentEntity() {
        // for JPA
    }

    public SuppliedDocumentEntity(String inspectionId, String number, Supply supply) {
        this.inspectionId = inspectionId;
        this.number = number;
        update(supply);
    }

    public void update(Supply supply) {
        this.suppliedBy = supply.by();
        this.suppliedAt = supply.at();
        this.note = supply.note();
    }

    public String number() {
        return number;
    }

    public Supply toDomain() {
        return new Supply(suppliedBy, suppliedAt, note);
    }

    /** The composite key: inspection and document number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String inspectionId;
        private String number;

        public Key() {
            // for JPA
        }

        public Key(String inspectionId, String number) {
            this.inspectionId = inspectionId;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(inspectionId, k.inspectionId) && Objects.equals(number, k.number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inspectionId, number);
        }
    }
}
