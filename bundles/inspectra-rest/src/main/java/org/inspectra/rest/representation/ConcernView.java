package org.inspectra.rest.representation;

import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.concern.Concern;

/** A concern referral with its workflow so far; {@code status} says which step comes next. */
public record ConcernView(String id, int category, List<String> caseReferences, String referredBy,
                          LocalDate referredOn, String laTeam, String issues, LocalDate responseDue,
                          Concern.Step response, Concern.Step evaluation, Concern.Step dcsSignOff,
                          Concern.Step leadSignOff, String status, long version) {

    public static ConcernView of(Concern c) {
        return new ConcernView(c.id(), c.category(), c.caseReferences(), c.referredBy(), c.referredOn(), c.laTeam(),
                c.issues(), c.responseDue(), c.response(), c.evaluation(), c.dcsSignOff(), c.leadSignOff(),
                status(c), c.version());
    }

    /** {@code referred}, {@code answered}, {@code evaluated}, {@code signed-off}. */
    static String status(Concern c) {
        if (c.signedOff()) {
            return "signed-off";
        }
        if (c.evaluation() != null) {
            return "evaluated";
        }
        return c.response() != null ? "answered" : "referred";
    }
}
