package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.enquiry.LineOfEnquiry;

@Entity
@Proxy(lazy = false)
@Table(name = "line_of_enquiry")
public class LineOfEnquiryEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "inspection_id", nullable = false, length = 36)
    private String inspectionId;

    @Column(name = "question", nullable = false, length = 2000)
    private String question;

    @Column(name = "criterion", length = 128)
    private String criterion;

    @Column(name = "opened_by", nullable = false, length = 128)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 128)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "rationale", length = 2000)
    private String rationale;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected LineOfEnquiryEntity() {
        // for JPA
    }

    public LineOfEnquiryEntity(LineOfEnquiry line) {
        this.id = line.id();
        this.inspectionId = line.inspectionId();
        this.question = line.question();
        this.criterion = line.criterion();
        this.openedBy = line.openedBy();
        this.openedAt = line.openedAt();
        close(line);
    }

    public long rowVersion() {
        return rowVersion;
    }

    public String inspectionId() {
        return inspectionId;
    }

    public void close(LineOfEnquiry line) {
        this.closedBy = line.closedBy();
        this.closedAt = line.closedAt();
        this.rationale = line.rationale();
    }

    public LineOfEnquiry toDomain() {
        return new LineOfEnquiry(id, inspectionId, question, criterion, openedBy, openedAt, closedBy, closedAt,
                rationale, rowVersion);
    }
}
