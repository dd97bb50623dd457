package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.api.store.ImportProgressStore;

/** One upload of a child-level list, as its node last saved it (V52). */
@Entity
@Proxy(lazy = false)
@Table(name = "child_list_import")
public class ChildListImportEntity {

    @Id
    @Column(name = "import_id", length = 36)
    private String importId;

    @Column(name = "inspection_id", length = 36, nullable = false)
    private String inspectionId;

    @Column(name = "list_id", length = 64, nullable = false)
    private String listId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16, nullable = false)
    private ImportState state;

    @Column(name = "started_by", length = 128, nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "total_bytes")
    private Long totalBytes;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "rows_accepted", nullable = false)
    private long rowsAccepted;

    @Column(name = "rows_rejected", nullable = false)
    private long rowsRejected;

    @Column(name = "problems", nullable = false)
    private long problems;

    @Column(name = "detail", length = 2000)
    private String detail;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ChildListImportEntity() {
        // for JPA
    }

    public ChildListImportEntity(ImportProgress progress, Instant savedAt) {
        this.importId = progress.importId();
        this.inspectionId = progress.inspectionId();
        this.listId = progress.listId();
        this.startedBy = progress.startedBy();
        this.startedAt = progress.startedAt();
        update(progress, savedAt);
    }

    public void update(ImportProgress progress, Instant savedAt) {
        this.state = progress.state();
        this.finishedAt = progress.finishedAt();
        this.bytesRead = progress.bytesRead();
        this.totalBytes = progress.totalBytes();
        this.rowsRead = progress.rowsRead();
        this.rowsAccepted = progress.rowsAccepted();
        this.rowsRejected = progress.rowsRejected();
        this.problems = progress.problems();
        this.detail = progress.detail() == null || progress.detail().length() <= 2000 ? progress.detail()
                : progress.detail().substring(0, 2000);
        this.savedAt = savedAt;
    }

    public boolean running() {
        return state == ImportState.RUNNING;
    }

    public ImportProgressStore.Saved toDomain() {
        return new ImportProgressStore.Saved(new ImportProgress(importId, inspectionId, listId, state, startedBy,
                startedAt, finishedAt, bytesRead, totalBytes, rowsRead, rowsAccepted, rowsRejected, problems, detail),
                savedAt);
    }
}
