package org.inspectra.childdata.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.childdata.quality.AsciiDigits;

/**
 * The checks across one row's fields, by the field ids the frameworks share (SIF's {@code 004 Annex A, Table 2}):
 * {@code date-of-birth}, {@code expected-date-of-birth} (unborn children, {@code 004} footnote 6) and {@code age}.
 * Each answers the field it blames, a code and a message.
 *
 * <p>A rule reads a field only where the list types it (a date, a whole number): a column the list does not name is
 * kept as text under an id made from its heading, which may be one of these ids, and was never checked as a date or a
 * number.
 */
final class RowRules {

    static final String DATE_OF_BIRTH = "date-of-birth";
    static final String EXPECTED_DATE_OF_BIRTH = "expected-date-of-birth";
    static final String AGE = "age";

    /** The oldest a person on the lists can be: care leavers are supported to 25 (and a little beyond). */
    static final int OLDEST = 26;

    /** The rules of a list with none of these fields typed: nothing to check. */
    static final RowRules NONE = new RowRules(false, false, false);

    /** A problem found across fields. */
    record Problem(String field, String code, String message) {
    }

    private final boolean born;
    private final boolean expected;
    private final boolean aged;

    private RowRules(boolean born, boolean expected, boolean aged) {
        this.born = born;
        this.expected = expected;
        this.aged = aged;
    }

    /** The rules for the columns of a sheet: each reads its field only where it is a column of its type. */
    static RowRules of(List<FieldSpec> typedColumns) {
        return new RowRules(typed(typedColumns, DATE_OF_BIRTH, FieldType.DATE),
                typed(typedColumns, EXPECTED_DATE_OF_BIRTH, FieldType.DATE),
                typed(typedColumns, AGE, FieldType.INTEGER));
    }

    private static boolean typed(List<FieldSpec> columns, String id, FieldType type) {
        return columns.stream().anyMatch(f -> f.id().equals(id) && f.type() == type);
    }

    /**
     * Checks a row's normalised values as at {@code today} (the upload's date): the lists are drawn up shortly before,
     * so an age may be a year behind the date of birth, never ahead of it.
     */
    List<Problem> check(Map<String, String> values, LocalDate today) {
        String birthDate = born ? values.get(DATE_OF_BIRTH) : null;
        String expectedDate = expected ? values.get(EXPECTED_DATE_OF_BIRTH) : null;
        String age = aged ? values.get(AGE) : null;
        if (birthDate == null && age == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (birthDate != null && expectedDate != null) {
            problems.add(new Problem(EXPECTED_DATE_OF_BIRTH, "born-and-unborn", "a child has either a date of birth "
                    + "or, unborn, an expected date of birth, not both"));
        }
        if (birthDate != null) {
            LocalDate birth = isoDate(birthDate);
            if (birth.isAfter(today)) {
                problems.add(new Problem(DATE_OF_BIRTH, "date-of-birth-in-future", "the date of birth is after today;"
                        + " for an unborn child give the expected date of birth instead"));
            } else if (Period.between(birth, today).getYears() > OLDEST) {
                problems.add(new Problem(DATE_OF_BIRTH, "implausible-date-of-birth", "the person would be older than "
                        + OLDEST));
            } else if (age != null) {
                int years = Period.between(birth, today).getYears();
                long given = Long.parseLong(age);
                if (given != years && given != years - 1) {
                    problems.add(new Problem(AGE, "age-inconsistent", "the age does not match the date of birth ("
                            + years + " today)"));
                }
            }
        }
        if (expectedDate != null && age != null) {
            problems.add(new Problem(AGE, "age-of-unborn", "an unborn child has no age; leave it empty"));
        }
        if (age != null && Long.parseLong(age) > OLDEST) {
            problems.add(new Problem(AGE, "implausible-age", "older than " + OLDEST));
        }
        return problems;
    }

    /** A normalised date ({@code yyyy-mm-dd}, as the import writes every date) read without a formatter. */
    static LocalDate isoDate(String iso) {
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
            int year = AsciiDigits.value(iso, 0, 4);
            int month = AsciiDigits.value(iso, 5, 7);
            int day = AsciiDigits.value(iso, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(iso);
    }
}
