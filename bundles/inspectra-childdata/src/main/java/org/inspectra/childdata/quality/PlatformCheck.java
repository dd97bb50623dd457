package org.inspectra.childdata.quality;

import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.ConsistencyCheck;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.QualityRule;
import org.inspectra.api.quality.Severity;

/**
 * A rule of the platform's: it reads rows by their fields' meanings ({@link Entry}), which the run has already
 * parsed, rather than their values.
 */
abstract class PlatformCheck implements ConsistencyCheck {

    private final QualityRule rule;

    PlatformCheck(String code, String title, Severity severity, String source) {
        this.rule = new QualityRule(code, title, severity, source);
    }

    @Override
    public final QualityRule rule() {
        return rule;
    }

    /** Checks one row; none by default. */
    void entry(CheckContext context, Entry entry, Findings findings) {
    }

    static String date(int day) {
        return java.time.LocalDate.ofEpochDay(day).toString();
    }
}
