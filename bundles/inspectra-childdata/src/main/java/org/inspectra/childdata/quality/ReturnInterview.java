package org.inspectra.childdata.quality;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * A looked after child's missing episodes and the return interview after the last ({@code 004 Annex A, Table 2}, list
 * 8): missing episodes counted with no answer whether an interview was offered; or an interview accepted that was not
 * offered.
 */
final class ReturnInterview extends PlatformCheck {

    private final boolean acceptedNotOffered;

    private ReturnInterview(String code, String title, Severity severity, boolean acceptedNotOffered) {
        super(code, title, severity, "004 Annex A, Table 2");
        this.acceptedNotOffered = acceptedNotOffered;
    }

    static ReturnInterview unanswered() {
        return new ReturnInterview("missing-without-return-interview", "Missing episodes are counted but whether a "
                + "return interview was offered is not answered", Severity.WARNING, false);
    }

    static ReturnInterview acceptedNotOffered() {
        return new ReturnInterview("return-interview-accepted-not-offered", "A return interview is accepted that was "
                + "not offered", Severity.ERROR, true);
    }

    @Override
    void entry(CheckContext context, Entry entry, Findings findings) {
        String offered = entry.value(Meanings.RETURN_INTERVIEW_OFFERED);
        if (acceptedNotOffered) {
            if ("N".equals(offered) && "Y".equals(entry.value(Meanings.RETURN_INTERVIEW_ACCEPTED))) {
                findings.add(entry.list().id(), entry.row(), entry.childId(), List.of(
                        entry.field(Meanings.RETURN_INTERVIEW_OFFERED), entry.field(Meanings.RETURN_INTERVIEW_ACCEPTED)),
                        "the return interview is accepted but was not offered");
            }
            return;
        }
        String missing = entry.value(Meanings.MISSING_EPISODES);
        if (missing == null || entry.layout().value(Meanings.RETURN_INTERVIEW_OFFERED) < 0 || offered != null
                || !counted(missing)) {
            return;
        }
        List<String> fields = new ArrayList<>(List.of(entry.field(Meanings.MISSING_EPISODES),
                entry.field(Meanings.RETURN_INTERVIEW_OFFERED)));
        findings.add(entry.list().id(), entry.row(), entry.childId(), fields, missing + " missing episodes are counted "
                + "and whether a return interview was offered after the last is not answered");
    }

    /** A whole number above 0. */
    private static boolean counted(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return !value.isEmpty() && value.chars().anyMatch(c -> c != '0');
    }
}
