package org.inspectra.api.evidence;

import java.util.List;

/**
 * Looks for personal names in text meant to name no one ({@code 000 §192}: case reference numbers, initials and job
 * titles only; {@code 003 §80}). Register more guards as services to look for more; each finding becomes a warning,
 * or a refusal where the administrator has made the guard strict.
 */
public interface PersonalDataGuard {

    /**
     * What in the text looks like it names a person.
     *
     * @return one line a finding, quoting the words found; empty where nothing does
     */
    List<String> findNames(String text);
}
