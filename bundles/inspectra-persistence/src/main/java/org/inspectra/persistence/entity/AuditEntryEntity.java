package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.store.AuditEntry;

@Entity
@Proxy(lazy = false)
@Table(name = "audit_entry")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 128)
    private String actor;

    @Column(name = "audit_action", nullable = false, length = 64)
    private String action;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Lob
    @Column(name = "before_state")
    private String before;

    @Lob
    @Column(name = "after_state")
    private String after;

    protected AuditEntryEntity() {
        // for JPA
    }

    public AuditEntryEntity(AuditEntry entry) {
        this.at = entry.at();
        this.actor = entry.actor();
        this.action = entry.action();
        this.subject = entry.subject();
        this.before = entry.before();
        this.after = entry.after();
    }

    /** The entry's place in the trail: entries are numbered as they are stored. */
    public long id() {
        return id;
    }

    public AuditEntry toDomain() {
        return new AuditEntry(at, actor, action, subject, before, after);
    }
}
