package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.access.DataAccess;

/** One read of children's data (V40). */
@Entity
@Proxy(lazy = false)
@Table(name = "child_data_access")
public class DataAccessEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "entry_number")
    private Long position;

    @Column(name = "inspection_id", nullable = false, length = 36)
    private String inspectionId;

    @Column(name = "accessed_at", nullable = false)
    private Instant at;

    @Column(name = "user_name", nullable = false, length = 128)
    private String user;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_kind", nullable = false, length = 32)
    private DataAccess.Kind kind;

    @Column(name = "subject", length = 128)
    private String subject;

    protected DataAccessEntity() {
        // for JPA
    }

    public DataAccessEntity(DataAccess access) {
        this.inspectionId = access.inspectionId();
        this.at = access.at();
        this.user = access.user();
        this.kind = access.kind();
        this.subject = access.subject();
    }

    /** Its place in the log, which a page's cursor names. */
    public long position() {
        return position;
    }

    public DataAccess toDomain() {
        return new DataAccess(at, user, inspectionId, kind, subject);
    }
}
