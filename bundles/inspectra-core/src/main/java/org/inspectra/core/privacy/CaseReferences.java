package org.inspectra.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.inspectra.api.error.Violation;

/**
 * Children are referred to by case reference or child unique ID, never by name ({@code 000 §192}, {@code 003 §80}):
 * letters, digits and {@code / _ . -} only, so no name with a space fits.
 */
public final class CaseReferences {

    static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}");
    static final int MAX = 50;

    private CaseReferences() {
    }

    /** What is wrong with a list of case references, field by field. */
    public static List<Violation> violations(String field, List<String> references) {
        List<Violation> violations = new ArrayList<>();
        if (references.size() > MAX) {
            violations.add(new Violation(field, "too-many", "at most " + MAX + " children a record"));
        }
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            if (reference == null || !CASE_REFERENCE.matcher(reference).matches()) {
                violations.add(new Violation(field + "[" + i + "]", "not-a-case-reference",
                        "a case reference or child unique ID (letters, digits, / _ . -), never a name"));
            }
        }
        return violations;
    }
}
