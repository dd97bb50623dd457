package org.inspectra.childdata.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.inspectra.api.framework.FieldSpec;

/**
 * Reads one cell as its field's type and normalises it: dates to ISO, flags to {@code Y}/{@code N}, codes to the
 * framework's spelling, integers without Excel's ".0". Messages describe the problem without quoting the cell, since
 * a mistyped cell may hold anything, a name included.
 */
final class FieldValues {

    /** The longest text kept in one cell. */
    static final int MAX_TEXT = 1000;

    /** The longest child unique ID: the store's column. */
    static final int MAX_CHILD_ID = 128;

    /** The date formats read, each with a character it must contain, so a cell is parsed only by formats it may fit. */
    private static final List<Map.Entry<Character, DateTimeFormatter>> DATES = List.of(
            Map.entry('-', strict("uuuu-M-d")),
            Map.entry('/', strict("d/M/uuuu")),
            Map.entry('-', strict("d-M-uuuu")),
            Map.entry('.', strict("d.M.uuuu")),
            Map.entry(' ', strict("d MMM uuuu")));

    /** Excel's day numbers count from 30 December 1899 (its 1900 leap-year bug is before any child's birth). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Pattern EXCEL_DAY = Pattern.compile("\\d{1,6}(\\.0+)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}(\\.0+)?");
    private static final Pattern NUMBER_WRITTEN_BY_EXCEL = Pattern.compile("\\d+\\.0+");
    /** ISO date-times and Excel's "dd/mm/yyyy 00:00": the day is what counts. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?$");
    /** Two or more capitalised words and nothing else: how a name, not an ID, looks. */
    private static final String WORD = "\\p{Lu}\\p{Ll}+(['’-]?\\p{L}+)*";
    private static final Pattern NAME_LIKE = Pattern.compile(WORD + "( " + WORD + ")+");

    /** A cell read: its normalised value, or the problem with it. */
    record Checked(String value, String code, String message) {
        static Checked ok(String value) {
            return new Checked(value, null, null);
        }

        static Checked problem(String code, String message) {
            return new Checked(null, code, message);
        }

        boolean isOk() {
            return code == null;
        }
    }

    private FieldValues() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Trims the cell and drops control characters, which have no place in a list and the store uses itself. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        if (isClean(raw)) {
            return raw;
        }
        StringBuilder text = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isISOControl(c)).forEach(text::appendCodePoint);
        return text.toString().strip();
    }

    /** Most cells: no control character, no space at either end. */
    private static boolean isClean(String raw) {
        int last = raw.length() - 1;
        if (last >= 0 && (Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(last)))) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            if (Character.isISOControl(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Checks a non-empty, cleaned cell against its field. */
    static Checked check(FieldSpec field, String cell) {
        return switch (field.type()) {
            case CHILD_ID -> childId(cell);
            case TEXT -> cell.length() > MAX_TEXT
                    ? Checked.problem("too-long", "longer than " + MAX_TEXT + " characters")
                    : Checked.ok(cell);
            case CODE -> code(field, cell);
            case DATE -> date(cell);
            case FLAG -> flag(cell);
            case INTEGER -> integer(cell);
        };
    }

    private static Checked childId(String cell) {
        if (cell.length() > MAX_CHILD_ID) {
            return Checked.problem("invalid-child-id", "a child unique ID is at most " + MAX_CHILD_ID + " characters");
        }
        if (NAME_LIKE.matcher(cell).matches()) {
            return Checked.problem("child-id-looks-like-name", "this looks like a person's name, not a child unique ID;"
                    + " the lists name no one");
        }
        // An ID Excel stored as a number comes as "1234.0"; leading zeros of a text ID are the ID's own.
        boolean writtenByExcel = NUMBER_WRITTEN_BY_EXCEL.matcher(cell).matches();
        return Checked.ok(writtenByExcel ? cell.substring(0, cell.indexOf('.')) : cell);
    }

    private static Checked code(FieldSpec field, String cell) {
        String key = Headings.normalise(cell);
        return field.codes().stream().filter(c -> Headings.normalise(c).equals(key)).findFirst().map(Checked::ok)
                .orElseGet(() -> Checked.problem("unknown-code", "not one of the codes " + String.join(", ",
                        field.codes())));
    }

    static Checked date(String cell) {
        if (EXCEL_DAY.matcher(cell).matches()) {
            return plausible(EXCEL_EPOCH.plusDays(Long.parseLong(wholeNumber(cell))));
        }
        String day = cell.indexOf(':') < 0 ? cell : TIME_OF_DAY.matcher(cell).replaceFirst("");
        for (Map.Entry<Character, DateTimeFormatter> format : DATES) {
            if (day.indexOf(format.getKey()) >= 0) {
                try {
                    return plausible(LocalDate.parse(day, format.getValue()));
                } catch (DateTimeException e) {
                    // try the next format
                }
            }
        }
        return Checked.problem("invalid-date", "not a date: write YYYY-MM-DD or DD/MM/YYYY");
    }

    private static Checked plausible(LocalDate date) {
        if (date.getYear() < 1900 || date.getYear() > 2199) {
            return Checked.problem("invalid-date", "a date between 1900 and 2199 is expected");
        }
        return Checked.ok(date.toString());
    }

    private static Checked flag(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> Checked.ok("Y");
            case "n", "no", "false" -> Checked.ok("N");
            default -> Checked.problem("invalid-flag", "Y or N is expected");
        };
    }

    private static Checked integer(String cell) {
        if (!WHOLE_NUMBER.matcher(cell).matches()) {
            return Checked.problem("invalid-integer", "a whole number of 0 or more is expected");
        }
        return Checked.ok(wholeNumber(cell));
    }

    /** "12.0" (how Excel writes a number) as "12"; leading zeros are dropped too. */
    private static String wholeNumber(String cell) {
        int point = cell.indexOf('.');
        return String.valueOf(Long.parseLong(point < 0 ? cell : cell.substring(0, point)));
    }
}
