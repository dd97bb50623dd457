package org.inspectra.persistence.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.evidence.Assessment;
import org.inspectra.api.evidence.EvidenceRecord;

/** One revision of an evidence record; the newest revision is the record as it stands. */
@Entity
@Proxy(lazy = false)
@Table(name = "evidence_revision")
public class EvidenceRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "row_id")
    private Long rowId;

    @Column(name = "evidence_id", nullable = false, length = 36)
    private String evidenceId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "inspection_id", nullable = false, length = 36)
    private String inspectionId;

    @Column(name = "criterion", nullable = false, length = 128)
    private String criterion;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Column(name = "assessment", nullable = false, length = 32)
    private String assessment;

    @Lob
    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "recorded_by", nullable = false, length = 128)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_child", joinColumns = @JoinColumn(name = "revision_row_id"))
    @OrderColumn(name = "child_order")
    @Column(name = "child_reference", length = 40)
    private List<String> children = new ArrayList<>();

    protected EvidenceRevisionEntity() {
        // for JPA
    }

    public EvidenceRevisionEntity(EvidenceRecord record) {
        this.evidenceId = record.id();
        this.revision = record.revision();
        this.inspectionId = record.inspectionId();
        this.criterion = record.criterion();
        this.source = record.source();
        this.observedAt = record.observedAt();
        this.assessment = record.assessment().id();
        this.summary = record.summary();
        this.recordedBy = record.recordedBy();
        this.recordedAt = record.recordedAt();
        this.children.addAll(record.children());
    }

    public Long rowId() {
        return rowId;
    }

    public int revision() {
        return revision;
    }

    public String evidenceId() {
        return evidenceId;
    }

    public String criterion() {
        return criterion;
    }

    public EvidenceRecord toDomain() {
        return new EvidenceRecord(evidenceId, inspectionId, criterion, source, observedAt,
                Assessment.fromId(assessment).orElseThrow(() -> new IllegalStateException("stored " + assessment)),
                summary, List.copyOf(children), recordedBy, recordedAt, revision);
    }
}
