package org.inspectra.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * One published seed ({@code ../shared/seeds/NNN_….txt}) as text a framework bundle's data can be held against.
 * Tests run from the module directory ({@code bundles/<module>}), so the seeds are three levels up, beside the
 * project checkout. A missing seed fails the test: data that cannot be checked against its source is not trusted.
 */
public final class SeedText {

    /** Where the seeds are, seen from a module directory; {@code -Dinspectra.seeds=…} overrides it. */
    static final Path SEEDS = Path.of(System.getProperty("inspectra.seeds", "../../../shared/seeds"));

    /** Prints the seed by its size, not its whole text, when an assertion on it fails. */
    private static final StandardRepresentation SHORT = new StandardRepresentation() {
        @Override
        public String toStringOf(Object object) {
            return object instanceof String s && s.length() > 2_000
                    ? "<seed text of " + s.length() + " characters, starting \"" + s.substring(0, 60) + "…\">"
                    : super.toStringOf(object);
        }
    };

    private static final Pattern PARAGRAPH_START = Pattern.compile("(?m)^\\s*(\\d{1,3})\\.\\s+\\S");

    private final String number;
    private final List<String> lines;

    private SeedText(String number, List<String> lines) {
        this.number = number;
        this.lines = lines;
    }

    /**
     * The seed whose file name starts with {@code number} (e.g. {@code "004"}).
     *
     * @throws AssertionError where the seed is not there
     */
    public static SeedText of(String number) {
        Path dir = SEEDS.toAbsolutePath().normalize();
        try (var files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + number + "_*.txt in " + dir));
            return new SeedText(number, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("The seeds are missing at " + dir + " (resolved from the working directory "
                    + Path.of("").toAbsolutePath() + "): run the tests through Maven with ../shared/seeds beside "
                    + "the checkout", e);
        }
    }

    /** The seed's lines as extracted from the PDF. */
    public List<String> lines() {
        return lines;
    }

    /**
     * The whole seed with what the PDF extraction added smoothed away: words split by a hyphen at a line end joined,
     * bullet glyphs dropped, all whitespace collapsed to single spaces. Page furniture stays; compare phrases, not
     * pages.
     */
    public String text() {
        return normalise(String.join("\n", lines)
                .replaceAll("-[ \\t]*\\n\\s*", "-")
                .replace('\uf06e', ' ')
                .replace('\uf02d', ' ')
                .replace('\uf0b7', ' ')
                .replace('•', ' '));
    }

    /**
     * The text of numbered paragraph {@code n} (from "n." at a line start to the next numbered paragraph), collapsed
     * like {@link #text()}.
     *
     * @throws AssertionError where the seed has no such paragraph
     */
    public String paragraph(int n) {
        String joined = String.join("\n", lines);
        Matcher m = PARAGRAPH_START.matcher(joined);
        int start = -1;
        while (m.find()) {
            int found = Integer.parseInt(m.group(1));
            if (start < 0 && found == n) {
                start = m.start();
            } else if (start >= 0 && found == n + 1) {
                return normalise(joined.substring(start, m.start()));
            }
        }
        if (start < 0) {
            throw new AssertionError("seed " + number + " has no paragraph " + n);
        }
        return normalise(joined.substring(start));
    }

    /** AssertJ's string assertions on (part of) the seed, printing a long text briefly on failure. */
    public static AbstractStringAssert<?> assertThatSeed(String seedText) {
        return Assertions.assertThat(seedText).withRepresentation(SHORT);
    }

    /** Collapses whitespace the way {@link #text()} does, for comparing data with the seed. */
    public static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
