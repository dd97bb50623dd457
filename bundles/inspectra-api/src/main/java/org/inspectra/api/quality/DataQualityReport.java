package org.inspectra.api.quality;

import java.time.Instant;
import java.util.List;

/**
 * The consistency rules run across an inspection's child-level lists (API.md, {@code GET …/data-quality}).
 *
 * @param checkedAt when the lists were read
 * @param rules     every rule run, with its count of findings
 * @param findings  every finding, by list (in the framework's list order), row and rule; empty in a summary
 */
public record DataQualityReport(Instant checkedAt, List<RuleCount> rules, List<QualityFinding> findings) {
    public DataQualityReport {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    /** Findings of rules of this severity. */
    public long count(Severity severity) {
        return rules.stream().filter(r -> r.severity() == severity).mapToLong(RuleCount::count).sum();
    }
}
