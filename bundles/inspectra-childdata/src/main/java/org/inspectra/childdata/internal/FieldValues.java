package org.inspectra.childdata.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.childdata.quality.AsciiDigits;

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

    /** Excel's day numbers: up to six digits, optionally written with ".0". */
    private static final int EXCEL_DAY_DIGITS = 6;
    /** A whole number: up to nine digits, optionally written with ".0". */
    private static final int WHOLE_NUMBER_DIGITS = 9;
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

    private static final Checked YES = Checked.ok("Y");
    private static final Checked NO = Checked.ok("N");

    /** The distinct cells of one code column whose reading is remembered: codes are few, the rest is read anew. */
    static final int CODES_REMEMBERED = 256;

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

    /**
     * How the cells of one column are read: as {@link #check} reads them, with what can be worked out once per column
     * worked out once (a code column's codes by their normalised spelling, and the reading of each distinct cell).
     */
    static Function<String, Checked> reader(FieldSpec field) {
        if (field.type() == FieldType.CODE) {
            return new Codes(field);
        }
        return cell -> check(field, cell);
    }

    /** Checks a non-empty, cleaned cell against its field. */
    static Checked check(FieldSpec field, String cell) {
        return switch (field.type()) {
            case CHILD_ID -> childId(cell);
            case TEXT -> cell.length() > MAX_TEXT
                    ? Checked.problem("too-long", "longer than " + MAX_TEXT + " characters")
                    : Checked.ok(cell);
            case CODE -> new Codes(field).apply(cell);
            case DATE -> date(cell);
            case FLAG -> flag(cell);
            case INTEGER -> integer(cell);
        };
    }

    private static Checked childId(String cell) {
        if (cell.length() > MAX_CHILD_ID) {
            return Checked.problem("invalid-child-id", "a child unique ID is at most " + MAX_CHILD_ID + " characters");
        }
        if (cell.indexOf(' ') > 0 && NAME_LIKE.matcher(cell).matches()) {
            return Checked.problem("child-id-looks-like-name", "this looks like a person's name, not a child unique ID;"
                    + " the lists name no one");
        }
        // An ID Excel stored as a number comes as "1234.0"; leading zeros of a text ID are the ID's own.
        boolean writtenByExcel = cell.indexOf('.') > 0 && NUMBER_WRITTEN_BY_EXCEL.matcher(cell).matches();
        return Checked.ok(writtenByExcel ? cell.substring(0, cell.indexOf('.')) : cell);
    }

    /**
     * A code column's reading: a cell is the first of the field's codes spelt the same once case, spaces and
     * punctuation are set aside. The codes are normalised once, and each distinct cell read once (up to
     * {@link #CODES_REMEMBERED} of them): a column of 10,000 rows holds a handful of codes.
     */
    private static final class Codes implements Function<String, Checked> {

        private final Map<String, String> byKey = new HashMap<>();
        private final Map<String, Checked> read = new HashMap<>();
        private final Checked unknown;

        Codes(FieldSpec field) {
            for (String code : field.codes()) {
                byKey.putIfAbsent(Headings.normalise(code), code);
            }
            unknown = Checked.problem("unknown-code", "not one of the codes " + String.join(", ", field.codes()));
        }

        @Override
        public Checked apply(String cell) {
            Checked known = read.get(cell);
            if (known != null) {
                return known;
            }
            String code = byKey.get(Headings.normalise(cell));
            Checked checked = code == null ? unknown : Checked.ok(code);
            if (read.size() < CODES_REMEMBERED) {
                read.put(cell, checked);
            }
            return checked;
        }
    }

    static Checked date(String cell) {
        Checked common = commonDate(cell);
        return common != null ? common : formattedDate(cell);
    }

    /** A date read by the formatters alone: every shape, the common ones included, as {@link #date} reads them. */
    static Checked formattedDate(String cell) {
        if (wholeNumberShape(cell, EXCEL_DAY_DIGITS)) {
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

    /**
     * The shapes nearly every date comes in, read without a formatter: {@code yyyy-m-d} and {@code d/m/yyyy} or
     * {@code d-m-yyyy}, day and month of one or two digits. Only a real day between 1900 and 2199 is answered here,
     * as the formatters would answer it; anything else (another shape, no such day, out of range) is {@code null}
     * and left to them, so what a cell reads as does not depend on this path.
     */
    private static Checked commonDate(String cell) {
        int length = cell.length();
        if (length < 8 || length > 10) {
            return null;
        }
        int year;
        int month;
        int day;
        boolean iso = cell.charAt(4) == '-' && AsciiDigits.value(cell, 0, 4) >= 0;
        if (iso) {
            int second = cell.indexOf('-', 5);
            if (second < 6 || second > 7 || length - second - 1 < 1 || length - second - 1 > 2) {
                return null;
            }
            year = AsciiDigits.value(cell, 0, 4);
            month = AsciiDigits.value(cell, 5, second);
            day = AsciiDigits.value(cell, second + 1, length);
        } else {
            int first = cell.charAt(1) == '/' || cell.charAt(1) == '-' ? 1 : 2;
            char separator = cell.charAt(first);
            if (separator != '/' && separator != '-') {
                return null;
            }
            int second = cell.indexOf(separator, first + 1);
            if (second - first - 1 < 1 || second - first - 1 > 2 || length - second - 1 != 4) {
                return null;
            }
            day = AsciiDigits.value(cell, 0, first);
            month = AsciiDigits.value(cell, first + 1, second);
            year = AsciiDigits.value(cell, second + 1, length);
        }
        if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        if (iso && length == 10) {
            return Checked.ok(cell);
        }
        char[] text = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
                (char) ('0' + year % 10), '-', (char) ('0' + month / 10), (char) ('0' + month % 10), '-',
                (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return Checked.ok(new String(text));
    }

    /** One to {@code most} ASCII digits, then optionally a point and one or more zeros, as Excel writes a number. */
    private static boolean wholeNumberShape(String cell, int most) {
        int length = cell.length();
        int i = 0;
        while (i < length && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i > most) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (cell.charAt(i) != '.' || i + 1 == length) {
            return false;
        }
        for (int j = i + 1; j < length; j++) {
            if (cell.charAt(j) != '0') {
                return false;
            }
        }
        return true;
    }

    private static Checked plausible(LocalDate date) {
        if (date.getYear() < 1900 || date.getYear() > 2199) {
            return Checked.problem("invalid-date", "a date between 1900 and 2199 is expected");
        }
        return Checked.ok(date.toString());
    }

    private static Checked flag(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> YES;
            case "n", "no", "false" -> NO;
            default -> Checked.problem("invalid-flag", "Y or N is expected");
        };
    }

    private static Checked integer(String cell) {
        if (!wholeNumberShape(cell, WHOLE_NUMBER_DIGITS)) {
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
