package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.store.ReportStatementStore.Statement;

/** One statement the lead inspector wrote for a section of an inspection's report. */
@Entity
@Proxy(lazy = false)
@Table(name = "report_statement")
@IdClass(ReportStatementEntity.Key.class)
public class ReportStatementEntity {

    @Id
    @Column(name = "inspection_id", length = 36)
    private String inspectionId;

    @Id
    @Column(name = "section", length = 16)
    private String section;

    @Id
    @Column(name = "item_id", length = 64)
    private String itemId;

    @Column(name = "statement", nullable = false, length = 2000)
    private String statement;

    @Column(name = "written_by", nullable = false, length = 128)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ReportStatementEntity() {
        // for JPA
    }

    public ReportStatementEntity(String inspectionId, String section, String itemId, Statement statement) {
        this.inspectionId = inspectionId;
        this.section = section;
        this.itemId = itemId;
        update(statement);
    }

    public void update(Statement statement) {
        this.statement = statement.text();
        this.writtenBy = statement.by();
        this.writtenAt = statement.at();
    }

    public String itemId() {
        return itemId;
    }

    public Statement toDomain() {
        return new Statement(statement, writtenBy, writtenAt);
    }

    /** The composite key: inspection, section and item. */
    public static final class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;

        private String inspectionId;
        private String section;
        private String itemId;

        public Key() {
            // for JPA
        }

        public Key(String inspectionId, String section, String itemId) {
            this.inspectionId = inspectionId;
            this.section = section;
            this.itemId = itemId;
        }

        @Override
        Object[] parts() {
            return new Object[] {inspectionId, section, itemId};
        }
    }
}
