package org.inspectra.api.finding;

import java.util.List;

/**
 * A finding as stored, with what the personal-data guard noticed in it.
 *
 * @param finding  the finding as stored
 * @param warnings what looks wrong but did not stop it (e.g. text that looks like a person's name)
 */
public record RecordedFinding(Finding finding, List<String> warnings) {
    public RecordedFinding {
        warnings = List.copyOf(warnings);
    }
}
