package org.inspectra.persistence.entity;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.request.InformationRequest;
import org.inspectra.api.request.RequestType;

@Entity
@Proxy(lazy = false)
@Table(name = "information_request")
public class InformationRequestEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "inspection_id", nullable = false, length = 36)
    private String inspectionId;

    @Column(name = "requested_by", nullable = false, length = 128)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "request_type", nullable = false, length = 32)
    private String type;

    @Lob
    @Column(name = "what", nullable = false)
    private String what;

    @Lob
    @Column(name = "why", nullable = false)
    private String why;

    @Column(name = "required_by", nullable = false)
    private LocalDate requiredBy;

    @Lob
    @Column(name = "response_text")
    private String response;

    @Column(name = "responded_by", length = 128)
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected InformationRequestEntity() {
        // for JPA
    }

    public InformationRequestEntity(InformationRequest request) {
        this.id = request.id();
        this.inspectionId = request.inspectionId();
        this.requestedBy = request.requestedBy();
        this.requestedAt = request.requestedAt();
        this.type = request.type().id();
        this.what = request.what();
        this.why = request.why();
        this.requiredBy = request.requiredBy();
        respond(request);
    }

    public long rowVersion() {
        return rowVersion;
    }

    public void respond(InformationRequest request) {
        this.response = request.response();
        this.respondedBy = request.respondedBy();
        this.respondedAt = request.respondedAt();
    }

    public InformationRequest toDomain() {
        return new InformationRequest(id, inspectionId, requestedBy, requestedAt,
                RequestType.fromId(type).orElseThrow(() -> new IllegalStateException("stored " + type)), what, why,
                requiredBy, response, respondedBy, respondedAt, rowVersion);
    }
}
