package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingKind;

@Entity
@Proxy(lazy = false)
@Table(name = "finding")
public class FindingEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "inspection_id", nullable = false, length = 36)
    private String inspectionId;

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    @Lob
    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "judgement", length = 128)
    private String judgement;

    @Column(name = "recorded_by", nullable = false, length = 128)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FindingEntity() {
        // for JPA
    }

    public FindingEntity(Finding finding) {
        this.id = finding.id();
        this.inspectionId = finding.inspectionId();
        this.kind = finding.kind().id();
        this.text = finding.text();
        this.judgement = finding.judgement();
        this.recordedBy = finding.recordedBy();
        this.recordedAt = finding.recordedAt();
    }

    public Finding toDomain() {
        return new Finding(id, inspectionId,
                FindingKind.fromId(kind).orElseThrow(() -> new IllegalStateException("stored " + kind)), text,
                judgement, recordedBy, recordedAt);
    }
}
