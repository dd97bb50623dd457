package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * The ILACS seed ({@code /work/shared/seeds/000_c35d0c0c58cb3dd9.txt}) as text the data can be held against. Tests run
 * from the module directory, so the seed is three levels up, beside the project checkout. A missing seed fails the
 * test: data that cannot be checked against its source is not trusted.
 */
final class Seed {

    static final Path PATH = Path.of("../../../shared/seeds/000_c35d0c0c58cb3dd9.txt");

    private static final String FURNITURE = "Framework for the inspections of local authority children’s services";
    private static final Pattern FOOTNOTE_RULE = Pattern.compile(" {20,}");
    private static final Pattern PAGE_START = Pattern.compile(" \\S.*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*\\d+\\s*");
    /** A footnote's text runs at most this many lines before the next page starts. */
    private static final int LONGEST_FOOTNOTE_BLOCK = 40;

    /** Prints the seed by its size, not its 190,000 characters, when an assertion on it fails. */
    private static final StandardRepresentation SHORT = new StandardRepresentation() {
        @Override
        public String toStringOf(Object object) {
            return object instanceof String s && s.length() > 2_000
                    ? "<seed text of " + s.length() + " characters, starting \"" + s.substring(0, 60) + "…\">"
                    : super.toStringOf(object);
        }
    };

    private Seed() {
    }

    /** AssertJ's string assertions on (part of) the seed, printing the seed briefly on failure. */
    static AbstractStringAssert<?> assertThatSeed(String seedText) {
        return Assertions.assertThat(seedText).withRepresentation(SHORT);
    }

    /**
     * The seed cleaned of what the PDF extraction added: page headers and numbers, footnote blocks at page ends,
     * footnote markers glued to words ("help33", "meetings.34"), words split by a hyphen at a line end, bullet glyphs;
     * then all whitespace collapsed to single spaces. Read afresh on each call, so that a missing seed fails every
     * test that needs it with the same clear message.
     */
    static String text() {
        return load();
    }

    /**
     * The seed with whitespace collapsed and nothing removed: for the text of footnotes, which {@link #text()} drops.
     */
    static String raw() {
        return normalise(String.join("\n", read(PATH.toAbsolutePath().normalize())));
    }

    /** Collapses whitespace the way {@link #text()} does, for comparing data with the seed. */
    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String load() {
        List<String> lines = read(PATH.toAbsolutePath().normalize());
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.strip().equals(FURNITURE)) {
                i++;
                while (i < lines.size() && isFurniture(lines.get(i))) {
                    i++;
                }
                continue;
            }
            if (FOOTNOTE_RULE.matcher(line).matches()) {
                int j = i + 1;
                while (j < lines.size() && j - i < LONGEST_FOOTNOTE_BLOCK
                        && !PAGE_START.matcher(lines.get(j)).matches() && !lines.get(j).strip().equals(FURNITURE)) {
                    j++;
                }
                i = j;
                continue;
            }
            kept.append(line).append('\n');
            i++;
        }
        return kept.toString()
                .replaceAll("-[ \\t]*\\n\\s*", "-")
                .replaceAll("(?<=[a-z])\\d{1,2}(?=[\\s,.;:])", "")
                .replaceAll("(?<=[a-z]\\.) ?\\d{1,2}(?=\\s+[A-Z])", "")
                .replace('\uf06e', ' ')
                .replace('\uf02d', ' ')
                .replaceAll("\\s+", " ");
    }

    private static List<String> read(Path path) {
        if (!Files.isRegularFile(path)) {
            fail("The ILACS seed is missing at " + path + " (resolved from the working directory "
                    + Path.of("").toAbsolutePath() + "). Run the tests from bundles/inspectra-framework-ilacs, as "
                    + "Maven does, with the shared seeds checked out at /work/shared/seeds.");
        }
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the ILACS seed at " + path, e);
        }
    }

    private static boolean isFurniture(String line) {
        return line.isBlank() || line.contains("No. 170040") || PAGE_NUMBER.matcher(line).matches();
    }
}
