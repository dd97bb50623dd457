package org.inspectra.persistence.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.TeamMember;

@Entity
@Proxy(lazy = false)
@Table(name = "inspection")
public class InspectionEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "local_authority", nullable = false, length = 3)
    private String localAuthority;

    @Column(name = "framework_id", nullable = false, length = 64)
    private String frameworkId;

    @Column(name = "framework_version", nullable = false, length = 64)
    private String frameworkVersion;

    @Column(name = "inspection_type", nullable = false, length = 64)
    private String type;

    @Column(name = "theme", length = 64)
    private String theme;

    @Column(name = "theme_version", length = 64)
    private String themeVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_topic", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "topic_order")
    @Column(name = "topic", nullable = false, length = 64)
    private List<String> topics = new ArrayList<>();

    @Column(name = "visit_number")
    private Integer visitNumber;

    @Column(name = "series_number")
    private Integer seriesNumber;

    @Column(name = "status", nullable = false, length = 32)
    private String status;

    /** The status the inspection's type adds after {@link #status} that it is in, or null. */
    @Column(name = "added_status", length = 64)
    private String addedStatus;

    @Column(name = "notified_on", nullable = false)
    private LocalDate notifiedOn;

    @Column(name = "concurrent_with", length = 36)
    private String concurrentWith;

    @Column(name = "created_by", nullable = false, length = 128)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_team_member", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "member_order")
    private List<TeamMemberEmbeddable> team = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected InspectionEntity() {
        // for JPA
    }

    public InspectionEntity(Inspection inspection) {
        this.id = inspection.id();
        this.localAuthority = inspection.localAuthority();
        this.frameworkId = inspection.framework().id();
        this.frameworkVersion = inspection.framework().version();
        this.type = inspection.type();
        this.theme = inspection.theme();
        this.themeVersion = inspection.themeVersion();
        this.topics.addAll(inspection.topics());
        this.visitNumber = inspection.visitNumber();
        this.seriesNumber = inspection.seriesNumber();
        this.status = inspection.status().id();
        this.addedStatus = inspection.addedStatus();
        this.notifiedOn = inspection.notifiedOn();
        this.concurrentWith = inspection.concurrentWith();
        this.createdBy = inspection.createdBy();
        this.createdAt = inspection.createdAt();
        replaceTeam(inspection.team());
    }

    public String id() {
        return id;
    }

    public String localAuthority() {
        return localAuthority;
    }

    public long rowVersion() {
        return rowVersion;
    }

    public void changeStatus(InspectionStatus next, String nextAdded) {
        this.status = next.id();
        this.addedStatus = nextAdded;
    }

    public void replaceTeam(List<TeamMember> members) {
        team.clear();
        members.forEach(m -> team.add(new TeamMemberEmbeddable(m)));
    }

    public Inspection toDomain() {
        return new Inspection(id, localAuthority, new FrameworkKey(frameworkId, frameworkVersion), type, theme,
                themeVersion, List.copyOf(topics), visitNumber, seriesNumber,
                InspectionStatus.fromId(status).orElseThrow(() -> new IllegalStateException("stored status " + status)),
                addedStatus, notifiedOn, concurrentWith, team.stream().map(TeamMemberEmbeddable::toDomain).toList(), createdBy,
                createdAt, rowVersion);
    }
}
