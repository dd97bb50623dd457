package org.inspectra.persistence.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.judgement.GradeRecord;

/** The grade of one judgement of one inspection. */
@Entity
@Proxy(lazy = false)
@Table(name = "judgement_grade")
@IdClass(JudgementGradeEntity.Key.class)
public class JudgementGradeEntity {

    /** Accepted rule ids are kebab-case, so a space separates them without escaping. */
    private static final String SEPARATOR = " ";

    @Id
    @Column(name = "inspection_id", length = 36)
    private String inspectionId;

    @Id
    @Column(name = "judgement", length = 128)
    private String judgement;

    @Column(name = "grade", nullable = false, length = 64)
    private String grade;

    @Lob
    @Column(name = "rationale")
    private String rationale;

    @Column(name = "accepted_warnings", nullable = false, length = 2000)
    private String acceptedWarnings;

    @Column(name = "graded_by", nullable = false, length = 128)
    private String gradedBy;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    @Column(name = "grade_version", nullable = false)
    private long gradeVersion;

    protected JudgementGradeEntity() {
        // for JPA
    }

    public JudgementGradeEntity(String inspectionId, GradeRecord grade) {
        this.inspectionId = inspectionId;
        this.judgement = grade.judgement();
        update(grade);
    }

    public void update(GradeRecord record) {
        this.grade = record.grade();
        this.rationale = record.rationale();
        this.acceptedWarnings = String.join(SEPARATOR, record.acceptedWarnings());
        this.gradedBy = record.gradedBy();
        this.gradedAt = record.gradedAt();
        this.gradeVersion = record.version();
    }

    public GradeRecord toDomain() {
        List<String> accepted = acceptedWarnings.isEmpty() ? List.of()
                : Arrays.asList(acceptedWarnings.split(SEPARATOR));
        return new GradeRecord(judgement, grade, rationale, accepted, gradedBy, gradedAt, gradeVersion);
    }

    /** The composite key: inspection and judgement. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String inspectionId;
        private String judgement;

        public Key() {
            // for JPA
        }

        public Key(String inspectionId, String judgement) {
            this.inspectionId = inspectionId;
            this.judgement = judgement;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(inspectionId, k.inspectionId)
                    && Objects.equals(judgement, k.judgement);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inspectionId, judgement);
        }
    }
}
