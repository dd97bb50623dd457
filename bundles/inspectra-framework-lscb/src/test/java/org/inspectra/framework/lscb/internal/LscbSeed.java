package org.inspectra.framework.lscb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.inspectra.seed.SeedText;

/**
 * Seed 004 for the tests: {@link SeedText#text()} for sentences quoted as printed, and {@link #clean()}, the same text
 * with the PDF's page furniture taken out, so that statements carrying a footnote marker or italics compare whole.
 * Every removal is listed here; nothing else is changed.
 */
final class LscbSeed {

    /** Superscript digits: the seed's footnote markers, and the first character of each footnote line. */
    private static final Pattern SUPERSCRIPTS = Pattern.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]");

    /** A bullet marker at the start of a line. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-\u25a0]\\s+");

    /** Footnote 33 sits among the bullets of §41 without its marker. */
    private static final String UNMARKED_FOOTNOTE_33 = "The Local Safeguarding Children Boards Regulations 2006;";

    private LscbSeed() {
    }

    static SeedText seed() {
        return SeedText.of("004");
    }

    static String text() {
        return seed().text();
    }

    /**
     * The seed without footnotes, footnote markers, bold and italic marks, bullet markers and the separator lines of
     * footnote blocks; whitespace collapsed as {@link SeedText#text()} does.
     */
    static String clean() {
        List<String> kept = new ArrayList<>();
        for (String line : seed().lines()) {
            String stripped = line.strip();
            boolean footnote = !stripped.isEmpty() && SUPERSCRIPTS.matcher(stripped.substring(0, 1)).matches();
            if (footnote || stripped.equals("_") || stripped.equals("-")
                    || stripped.startsWith(UNMARKED_FOOTNOTE_33)) {
                continue;
            }
            kept.add(BULLET.matcher(line).replaceFirst(""));
        }
        String text = String.join("\n", kept).replaceAll("-[ \\t]*\\n\\s*", "-");
        text = SUPERSCRIPTS.matcher(text.replace("**", "").replace("*", "")).replaceAll("").replace('\u25a0', ' ');
        return SeedText.normalise(text);
    }
}
