package org.inspectra.rest.representation;

import java.time.Instant;
import java.util.List;

import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.QualityFinding;
import org.inspectra.api.quality.RuleCount;

/**
 * {@code GET /inspections/{id}/data-quality} (API.md): every rule run across the inspection's lists with its count,
 * and every finding.
 */
public record DataQualityView(Instant checkedAt, List<Rule> rules, List<QualityFinding> findings) {

    /** A rule as API.md names its fields; severity {@code error} or {@code warning}. */
    public record Rule(String code, String title, String severity, String source, long count) {
        static Rule of(RuleCount rule) {
            return new Rule(rule.code(), rule.title(), rule.severity().id(), rule.source(), rule.count());
        }
    }

    public static DataQualityView of(DataQualityReport report) {
        return new DataQualityView(report.checkedAt(), report.rules().stream().map(Rule::of).toList(),
                report.findings());
    }
}
