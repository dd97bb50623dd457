package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.inspectra.seed.SeedText;

/**
 * Seed 004 for the tests: {@link SeedText#text()} for sentences quoted as printed, and {@link #clean()}, the same text
 * with the PDF's page furniture taken out so that statements spanning a page break or carrying a footnote marker can be
 * compared whole. Every removal is listed here; nothing else is changed.
 */
final class SifSeed {

    /** Superscript digits: the seed's footnote markers, and the first character of each footnote line. */
    private static final Pattern SUPERSCRIPTS = Pattern.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]");

    /** A bullet or sub-bullet marker at the start of a line. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-\u25a0]\\s+");

    /**
     * Lines the extraction set in the running text: the tail of footnote 20 ("safeguard children."), printed before
     * its footnote, and footnote 33, printed without its marker.
     */
    private static final List<String> STRAY_FOOTNOTE_LINES = List.of("safeguard children.",
            "The Local Safeguarding Children Boards Regulations 2006;");

    /**
     * Words the extraction ran together where a hyphen ended a line, with the hyphen the seed prints elsewhere; a
     * footnote marker printed as plain digits (30); a stray "c" the extraction put in a tabbed line of Annex A.
     */
    static final Map<String, String> EXTRACTION_REPAIRS = Map.of(
            "informationsharing", "information-sharing",
            "multiagency", "multi-agency",
            "Researchinformed", "Research-informed",
            "employer standards, 30 and", "employer standards, and",
            "authority has c delegated", "authority has delegated");

    private SifSeed() {
    }

    static SeedText seed() {
        return SeedText.of("004");
    }

    /** The seed as {@link SeedText#text()} gives it. */
    static String text() {
        return seed().text();
    }

    /**
     * The seed without footnotes, footnote markers, bold and italic marks, bullet markers, the separator lines of
     * footnote blocks, and with {@link #EXTRACTION_REPAIRS} applied; whitespace collapsed as {@link SeedText#text()}
     * does.
     */
    static String clean() {
        List<String> kept = new ArrayList<>();
        for (String line : seed().lines()) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && SUPERSCRIPTS.matcher(stripped.substring(0, 1)).matches()) {
                continue;
            }
            if (stripped.equals("_") || stripped.equals("-")
                    || STRAY_FOOTNOTE_LINES.stream().anyMatch(stripped::startsWith)) {
                continue;
            }
            kept.add(BULLET.matcher(line).replaceFirst(""));
        }
        String text = String.join("\n", kept).replaceAll("-[ \\t]*\\n\\s*", "-");
        text = SUPERSCRIPTS.matcher(text.replace("**", "").replace("*", "")).replaceAll("").replace('\u25a0', ' ');
        text = SeedText.normalise(text);
        for (Map.Entry<String, String> repair : EXTRACTION_REPAIRS.entrySet()) {
            assertThat(text).as("extraction repair %s", repair.getKey()).contains(repair.getKey());
            text = text.replace(repair.getKey(), repair.getValue());
        }
        return text;
    }

    /** The text strictly between the first {@code from} at or after {@code start} and the next {@code to}. */
    static String between(String text, String from, String to, int start) {
        int i = text.indexOf(from, start);
        assertThat(i).as("seed has \"%s\"", from).isNotNegative();
        int j = text.indexOf(to, i + from.length());
        assertThat(j).as("seed has \"%s\" after \"%s\"", to, from).isNotNegative();
        return text.substring(i + from.length(), j).strip();
    }

    static String between(String text, String from, String to) {
        return between(text, from, to, 0);
    }
}
