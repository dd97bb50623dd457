package org.inspectra.childdata.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks across one row's fields, by the field ids the frameworks share (SIF's {@code 004 Annex A, Table 2}):
 * {@code date-of-birth}, {@code expected-date-of-birth} (unborn children, {@code 004} footnote 6) and {@code age}.
 * Each answers the field it blames, a code and a message.
 */
final class RowRules {

    static final String DATE_OF_BIRTH = "date-of-birth";
    static final String EXPECTED_DATE_OF_BIRTH = "expected-date-of-birth";
    static final String AGE = "age";

    /** The oldest a person on the lists can be: care leavers are supported to 25 (and a little beyond). */
    static final int OLDEST = 26;

    /** A problem found across fields. */
    record Problem(String field, String code, String message) {
    }

    private RowRules() {
    }

    /**
     * Checks a row's normalised values as at {@code today} (the upload's date): the lists are drawn up shortly before,
     * so an age may be a year behind the date of birth, never ahead of it.
     */
    static List<Problem> check(Map<String, String> values, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String born = values.get(DATE_OF_BIRTH);
        String expected = values.get(EXPECTED_DATE_OF_BIRTH);
        String age = values.get(AGE);
        if (born != null && expected != null) {
            problems.add(new Problem(EXPECTED_DATE_OF_BIRTH, "born-and-unborn", "a child has either a date of birth "
                    + "or, unborn, an expected date of birth, not both"));
        }
        if (born != null) {
            LocalDate birth = LocalDate.parse(born);
            if (birth.isAfter(today)) {
                problems.add(new Problem(DATE_OF_BIRTH, "date-of-birth-in-future", "the date of birth is after today;"
                        + " for an unborn child give the expected date of birth instead"));
            } else if (Period.between(birth, today).getYears() > OLDEST) {
                problems.add(new Problem(DATE_OF_BIRTH, "implausible-date-of-birth", "the person would be older than "
                        + OLDEST));
            } else if (age != null) {
                int years = Period.between(birth, today).getYears();
                int given = Integer.parseInt(age);
                if (given != years && given != years - 1) {
                    problems.add(new Problem(AGE, "age-inconsistent", "the age does not match the date of birth ("
                            + years + " today)"));
                }
            }
        }
        if (expected != null && age != null) {
            problems.add(new Problem(AGE, "age-of-unborn", "an unborn child has no age; leave it empty"));
        }
        if (age != null && Integer.parseInt(age) > OLDEST) {
            problems.add(new Problem(AGE, "implausible-age", "older than " + OLDEST));
        }
        return problems;
    }
}
