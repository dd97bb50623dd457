package org.inspectra.childdata.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inspectra.api.childdata.ImportIssue;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;

/**
 * A sheet's heading row matched to the list's specification. Matching ignores case, spacing and punctuation and
 * accepts a field's id, its title as the seed words it, its title without a bracketed note ("(Y/N)", "(years)") and
 * the aliases the framework lists. A column the list does not name is kept as unchecked text, reported once; a column
 * whose heading looks like a person's name is refused, because the lists name no one ({@code 000 §259}: the child
 * unique ID links them).
 */
final class Headings {

    /** Words that make a heading a column of names, wherever the list has no field of that title. */
    private static final Set<String> NAME_WORDS = Set.of("name", "names", "surname", "surnames", "forename",
            "forenames", "firstname", "lastname", "fullname", "givenname", "middlename", "familyname");

    /**
     * What a "name of …" column may name without naming a person: an organisation or a place (SIF's list 8 has "Name
     * of provider", {@code 004 Annex A, Table 2}).
     */
    private static final Set<String> ORGANISATIONS = Set.of("provider", "providers", "school", "schools", "team",
            "teams", "agency", "organisation", "organization", "authority", "setting", "home", "placement", "service",
            "trust", "academy", "college", "unit");

    /** One column of the sheet. */
    record Column(int index, String heading, FieldSpec field, boolean listed) {
    }

    private final List<Column> columns;
    private final List<ImportIssue> issues;

    private Headings(List<Column> columns, List<ImportIssue> issues) {
        this.columns = List.copyOf(columns);
        this.issues = List.copyOf(issues);
    }

    /** The columns with a heading, in sheet order. */
    List<Column> columns() {
        return columns;
    }

    /** What the heading row itself calls for: the unlisted columns. */
    List<ImportIssue> issues() {
        return issues;
    }

    /**
     * Matches the heading row.
     *
     * @throws RuleViolationException where a column looks like names, two columns are one field, or a required field
     *                                has no column
     */
    static Headings match(ChildListSpec spec, List<String> headings, long headingRow) {
        Map<String, FieldSpec> byKey = new HashMap<>();
        for (FieldSpec field : spec.fields()) {
            keys(field).forEach(key -> byKey.putIfAbsent(key, field));
        }
        List<Column> columns = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        List<Violation> refusals = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = FieldValues.clean(headings.get(i));
            if (heading.isEmpty()) {
                continue;
            }
            FieldSpec field = byKey.get(normalise(heading));
            if (field == null && looksLikeNames(heading)) {
                refusals.add(new Violation(heading, "personal-name-column", "The column '" + heading
                        + "' looks like people's names; the lists identify children by their unique ID only: remove "
                        + "the column and upload again"));
                continue;
            }
            boolean listed = field != null;
            if (!listed) {
                field = new FieldSpec(unlistedId(heading, spec, taken), heading, FieldType.TEXT, false, List.of(),
                        List.of());
                issues.add(new ImportIssue(headingRow, field.id(), "unlisted-column", "The column '" + heading
                        + "' is not in the specification of " + spec.id()
                        + "; its values are kept as text, unchecked"));
            }
            if (!taken.add(field.id())) {
                refusals.add(new Violation(heading, "duplicate-column", "Two columns are the field '" + field.title()
                        + "'; keep one"));
                continue;
            }
            columns.add(new Column(i, heading, field, listed));
        }
        for (FieldSpec field : spec.fields()) {
            if (field.required() && !taken.contains(field.id())) {
                refusals.add(new Violation(field.id(), "missing-column", "The list needs a column '" + field.title()
                        + "'"));
            }
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException("The heading row of " + spec.id() + " does not fit its specification",
                    refusals);
        }
        return new Headings(columns, issues);
    }

    /** Whether any cell of a row is a heading of one of the list's fields: a title row above the headings is not. */
    static boolean namesAField(ChildListSpec spec, List<String> cells) {
        for (FieldSpec field : spec.fields()) {
            List<String> keys = keys(field);
            for (String cell : cells) {
                if (keys.contains(normalise(cell))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case letters and digits only: "Referral NFA? (Y/N)" and "referral nfa (y/n)" are one heading. */
    static String normalise(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static List<String> keys(FieldSpec field) {
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>(field.aliases());
        names.add(field.title());
        names.add(field.id());
        for (String name : names) {
            keys.add(normalise(name));
            keys.add(normalise(name.replaceAll("\\([^)]*\\)", "")));
        }
        return keys;
    }

    static boolean looksLikeNames(String heading) {
        String[] words = heading.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (namesAnOrganisation(words)) {
            return false;
        }
        for (String word : words) {
            if (NAME_WORDS.contains(word)) {
                return true;
            }
        }
        String joined = normalise(heading);
        return NAME_WORDS.stream().filter(w -> w.length() > 5).anyMatch(joined::contains);
    }

    /** "Name of provider", "Provider name", "School name": the name word beside an organisation's, and no other. */
    private static boolean namesAnOrganisation(String[] words) {
        List<String> kept = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && !w.equals("of")
                && !w.equals("the")).toList();
        return kept.size() == 2 && kept.contains("name") && ORGANISATIONS.contains(kept.get(kept.indexOf("name") == 0
                ? 1 : 0));
    }

    /** A kebab-case id for an unlisted heading, distinct from the list's fields and the other columns. */
    private static String unlistedId(String heading, ChildListSpec spec, Set<String> taken) {
        String base = heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (base.length() > 48) {
            base = base.substring(0, 48);
        }
        if (base.isEmpty()) {
            base = "column";
        }
        String id = base;
        for (int n = 2; taken.contains(id) || spec.fields().stream().map(FieldSpec::id).toList().contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
