package org.inspectra.persistence.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.concern.Concern;

@Entity
@Proxy(lazy = false)
@Table(name = "concern")
public class ConcernEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "inspection_id", nullable = false, length = 36)
    private String inspectionId;

    @Column(name = "category", nullable = false)
    private int category;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "concern_case_reference", joinColumns = @JoinColumn(name = "concern_id"))
    @OrderColumn(name = "reference_order")
    @Column(name = "case_reference", length = 40)
    private List<String> caseReferences = new ArrayList<>();

    @Column(name = "referred_by", nullable = false, length = 128)
    private String referredBy;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "la_team", nullable = false, length = 200)
    private String laTeam;

    @Lob
    @Column(name = "issues", nullable = false)
    private String issues;

    @Column(name = "response_due", nullable = false)
    private LocalDate responseDue;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "text", column = @Column(name = "response_text")),
        @AttributeOverride(name = "by", column = @Column(name = "response_by")),
        @AttributeOverride(name = "at", column = @Column(name = "response_at"))})
    private StepEmbeddable response;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "text", column = @Column(name = "evaluation_text")),
        @AttributeOverride(name = "by", column = @Column(name = "evaluation_by")),
        @AttributeOverride(name = "at", column = @Column(name = "evaluation_at"))})
    private StepEmbeddable evaluation;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "text", column = @Column(name = "dcs_sign_off_text")),
        @AttributeOverride(name = "by", column = @Column(name = "dcs_sign_off_by")),
        @AttributeOverride(name = "at", column = @Column(name = "dcs_sign_off_at"))})
    private StepEmbeddable dcsSignOff;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "text", column = @Column(name = "lead_sign_off_text")),
        @AttributeOverride(name = "by", column = @Column(name = "lead_sign_off_by")),
        @AttributeOverride(name = "at", column = @Column(name = "lead_sign_off_at"))})
    private StepEmbeddable leadSignOff;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ConcernEntity() {
        // for JPA
    }

    public ConcernEntity(Concern concern) {
        this.id = concern.id();
        this.inspectionId = concern.inspectionId();
        this.category = concern.category();
        this.caseReferences.addAll(concern.caseReferences());
        this.referredBy = concern.referredBy();
        this.referredOn = concern.referredOn();
        this.laTeam = concern.laTeam();
        this.issues = concern.issues();
        this.responseDue = concern.responseDue();
        steps(concern);
    }

    public long rowVersion() {
        return rowVersion;
    }

    /** Takes the workflow's steps; what was referred never changes. */
    public void steps(Concern concern) {
        this.response = StepEmbeddable.of(concern.response());
        this.evaluation = StepEmbeddable.of(concern.evaluation());
        this.dcsSignOff = StepEmbeddable.of(concern.dcsSignOff());
        this.leadSignOff = StepEmbeddable.of(concern.leadSignOff());
    }

    public Concern toDomain() {
        return new Concern(id, inspectionId, category, List.copyOf(caseReferences), referredBy, referredOn, laTeam,
                issues, responseDue, StepEmbeddable.toDomain(response), StepEmbeddable.toDomain(evaluation),
                StepEmbeddable.toDomain(dcsSignOff), StepEmbeddable.toDomain(leadSignOff), rowVersion);
    }
}
