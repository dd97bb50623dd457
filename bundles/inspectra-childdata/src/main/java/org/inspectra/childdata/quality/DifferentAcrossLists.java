package org.inspectra.childdata.quality;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.ChildEntry;
import org.inspectra.api.quality.ChildRecord;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * The same child recorded differently on two rows: the child unique ID links a child's rows across the lists
 * ({@code 000 §259}), so a different date of birth or gender says the ID or the record is wrong. Each row that differs
 * from the child's first row giving the fact is reported, naming that first row.
 */
final class DifferentAcrossLists extends PlatformCheck {

    private final String meaning;
    private final String what;
    private final Function<String, String> canonical;

    private DifferentAcrossLists(String code, String title, Severity severity, String meaning, String what,
                                 Function<String, String> canonical) {
        super(code, title, severity, "000 §259");
        this.meaning = meaning;
        this.what = what;
        this.canonical = canonical;
    }

    static DifferentAcrossLists dateOfBirth() {
        return new DifferentAcrossLists("different-date-of-birth", "The same child has different dates of birth",
                Severity.ERROR, Meanings.BIRTH, "date of birth", v -> v);
    }

    /** Genders compare as recorded across systems: {@code F}, {@code Female} and the CIN census's {@code 2} agree. */
    static DifferentAcrossLists gender() {
        return new DifferentAcrossLists("different-gender", "The same child has different genders", Severity.WARNING,
                Meanings.GENDER, "gender", DifferentAcrossLists::gender);
    }

    private static String gender(String recorded) {
        String value = recorded.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "f", "female", "girl", "2" -> "female";
            case "m", "male", "boy", "1" -> "male";
            default -> value;
        };
    }

    @Override
    public void child(CheckContext context, ChildRecord child, Findings findings) {
        List<ChildEntry> entries = child.entries();
        if (entries.size() < 2) {
            return;
        }
        ChildEntry first = null;
        String firstValue = null;
        for (ChildEntry entry : entries) {
            String value = fact(entry);
            if (value == null) {
                continue;
            }
            if (first == null) {
                first = entry;
                firstValue = value;
            } else if (!value.equals(firstValue)) {
                ChildEntry earlier = first;
                findings.add(entry.list().id(), entry.row(), child.childId(), List.of(((Entry) entry).field(meaning)),
                        () -> "the " + what + " differs from the one on " + earlier.list().id() + " row "
                                + earlier.row());
            }
        }
    }

    private String fact(ChildEntry entry) {
        if (meaning.equals(Meanings.BIRTH)) {
            int day = ((Entry) entry).day(meaning);
            return Entry.given(day) ? String.valueOf(day) : null;
        }
        String value = entry.value(meaning);
        return value == null || value.isBlank() ? null : canonical.apply(value);
    }
}
