package org.inspectra.framework.lac.internal;

import java.util.List;
import java.util.Optional;

/**
 * How inspectors select the cases they analyse ({@code 002 §30}), proposed by {@link CaseSelectionRule} (API.md,
 * Child-level data and selection). Cases are drawn from the list of all looked after children and care leavers
 * ({@link LacChildLists}).
 */
final class CaseSelection {

    /**
     * One selection stage of §30.
     *
     * @param id                  kebab-case stage id, as {@code POST /inspections/{id}/selections} will take it
     * @param when                when inspectors select, in the seed's words
     * @param minimumCases        "at least" this many cases
     * @param minimumCareLeavers  of which "at least" this many care leavers
     * @param distinctFrom        the stage whose cases these must not repeat ("a further"), or {@code null}
     * @param auditedByLocalAuthority whether the local authority audits the selected cases and shares the audit
     * @param source              seed paragraph
     */
    record Stage(String id, String when, int minimumCases, int minimumCareLeavers, String distinctFrom,
                 boolean auditedByLocalAuthority, String source) {
        Stage {
            if (minimumCareLeavers < 0 || minimumCareLeavers > minimumCases) {
                throw new IllegalArgumentException("care leavers " + minimumCareLeavers + " of " + minimumCases);
            }
        }

        /** Whether a proposed selection of {@code cases}, {@code careLeavers} of them care leavers, meets the stage. */
        boolean satisfiedBy(int cases, int careLeavers) {
            return cases >= minimumCases && careLeavers >= minimumCareLeavers && careLeavers <= cases;
        }
    }

    static final String PRE_FIELDWORK = "pre-fieldwork";
    static final String FIELDWORK = "fieldwork";

    static final List<Stage> STAGES = List.of(
            // §30: "At least eight cases (three of which will be care leavers) selected by inspectors from the local
            // authority case load before fieldwork begins. The local authority will be expected to carry out an
            // audit of the eight or more selected and share this with inspectors as fieldwork begins".
            new Stage(PRE_FIELDWORK, "selected by inspectors from the local authority case load before fieldwork "
                    + "begins", 8, 3, null, true, "002 §30"),
            // §30: "At least a further 12 cases (four of which will be care leavers) will be selected by inspectors
            // at the start of the fieldwork element of the inspection."
            new Stage(FIELDWORK, "selected by inspectors at the start of the fieldwork element of the inspection", 12,
                    4, PRE_FIELDWORK, false, "002 §30"));

    /** §30, third element: inspectors also scrutinise the local authority's own audit of the first stage. */
    static final String AUDIT_SCRUTINY = "Scrutiny of analysis and evaluation of the case file audit undertaken by "
            + "the local authority.";

    private CaseSelection() {
    }

    static Optional<Stage> stage(String id) {
        return STAGES.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
