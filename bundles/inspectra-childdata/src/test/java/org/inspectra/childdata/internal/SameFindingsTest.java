package org.inspectra.childdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.childdata.quality.PlatformChecks;
import org.inspectra.childdata.quality.QualityRun;
import org.junit.jupiter.api.Test;

/**
 * The import and the data-quality rules answer exactly what they answered before they were made faster: a messy
 * synthetic Annex A (every date shape councils write and Excel stores, impossible days, years out of range, codes in
 * any case and spacing, flags, counts, IDs that look like names, ages that disagree with the date of birth) is
 * imported and checked, and every accepted row's values, every import issue, every rule's count and every finding
 * with its message is compared, line by line, with {@code same-findings.txt.gz}, written by the code before the
 * fast paths (main at aac4d5a). A change that means to change a result writes the lines anew
 * ({@code -Dinspectra.same-findings.write=<file>}), compares them with the old ({@code zdiff}) and gzips them in.
 */
class SameFindingsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    private static final String EXPECTED = "/same-findings.txt.gz";

    @Test
    void answersWhatTheImportAnsweredBeforeItWasMadeFaster() throws IOException {
        List<String> answered = run();
        String written = System.getProperty("inspectra.same-findings.write");
        if (written != null) {
            Files.write(Path.of(written), answered, StandardCharsets.UTF_8);
        }
        List<String> expected;
        try (InputStream in = SameFindingsTest.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED).isNotNull();
            expected = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(answered).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(answered.get(i)).as("line %d", i + 1).isEqualTo(expected.get(i));
        }
    }

    private static List<String> run() throws IOException {
        List<ChildListSpec> specs = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            specs.add(ImportBenchmark.spec(n));
        }
        // List 3 with an expected date of birth, an age and a code besides (the rules across one row's fields).
        specs.set(2, TestLists.REFERRALS);
        List<String> lines = new ArrayList<>();
        QualityRun quality = new QualityRun(new CheckContext("same", new FrameworkKey("same", "1"), TODAY),
                specs, PlatformChecks.all(), true);
        Random random = new Random(258);
        for (ChildListSpec spec : specs) {
            StringBuilder csv = new StringBuilder(String.join(",", spec.fields().stream().map(f -> "\"" + f.title()
                    + "\"").toList())).append("\r\n");
            for (int i = 0; i < 400; i++) {
                List<String> cells = new ArrayList<>();
                LocalDate born = TODAY.minusDays(random.nextInt(19 * 365));
                for (var field : spec.fields()) {
                    String cell;
                    if (random.nextInt(8) == 0) {
                        cell = messy(random, field.type());
                    } else if (field.id().equals(RowRules.EXPECTED_DATE_OF_BIRTH)) {
                        // Mostly born: a row with both dates is rejected whatever its other cells.
                        cell = random.nextInt(6) == 0 ? written(random, TODAY.plusDays(random.nextInt(200))) : "";
                    } else if (field.id().equals(RowRules.DATE_OF_BIRTH)) {
                        cell = written(random, born);
                    } else if (field.id().equals(RowRules.AGE)) {
                        cell = String.valueOf(java.time.Period.between(born, TODAY).getYears()
                                - random.nextInt(2));
                    } else {
                        cell = plain(random, field.type(), i);
                    }
                    cells.add("\"" + cell + "\"");
                }
                csv.append(String.join(",", cells)).append("\r\n");
            }
            ListImport upload = new ListImport(spec, TODAY, row -> {
                quality.accept(spec.id(), row);
                lines.add(spec.id() + " row " + row.row() + " " + row.childId() + " " + row.values());
            }, spec.id());
            try (Sheet sheet = new CsvSheet(new java.io.ByteArrayInputStream(csv.toString()
                    .getBytes(StandardCharsets.UTF_8)))) {
                sheet.read(upload);
            }
            try {
                ImportResult result = upload.result();
                lines.add(spec.id() + " result " + result.rows() + " " + result.accepted() + " " + result.rejected());
                result.issues().forEach(issue -> lines.add(spec.id() + " issue " + issue));
            } catch (RuleViolationException refused) {
                lines.add(spec.id() + " refused " + refused.getMessage() + " " + refused.violations());
            }
        }
        DataQualityReport report = quality.finish(Instant.EPOCH);
        report.rules().forEach(rule -> lines.add("rule " + rule));
        report.findings().forEach(finding -> lines.add("finding " + finding));
        return lines;
    }

    private static final String[] DATES = {"2015-03-01", "2015-3-1", "2015-02-30", "1/3/2015", "01/03/2015",
        "31/02/2015", "29/02/2024", "29/02/2023", "1-10-2015", "01-03-2015", "01.03.2015", "1 Mar 2015",
        "2015-03-01T00:00:00", "01/03/2015 00:00", "44197", "44197.0", "03/01/1850", "1899-12-31", "1900-01-01",
        "2199-12-31", "2200-01-01", "12345-1-1", "1/13/2015", "0/1/2015", "2015/03/01", "yesterday", "", "2015-03-1",
        "1/3/15", "001/3/2015", "2025-09-02", "2026-01-01", "1999-07-14", "2-2-2002"};
    /** Codes as written; the last two are not codes. */
    private static final String[] CODES = {"relevant", "Relevant", "FORMER RELEVANT", "Former  Relevant",
        "former-relevant", "qualifying", "other", "eligible", ""};
    /** Flags as written; the first five are flags. */
    private static final String[] FLAGS = {"Y", "N", "y", "yes", "No", "TRUE", "false", "maybe", ""};
    private static final String[] INTEGERS = {"0", "3", "3.0", "03", "-1", "two", "1234567890", "27", "12", ""};

    /** A date as councils write it: ISO, day/month/year with or without leading zeros, or with hyphens. */
    private static String written(Random random, LocalDate date) {
        return switch (random.nextInt(5)) {
            case 0 -> date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
            case 1 -> String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            case 2 -> date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
            default -> date.toString();
        };
    }

    /** An ordinary cell of the type; the same children on every list, a few on two rows of one. */
    private static String plain(Random random, FieldType type, int row) {
        return switch (type) {
            case CHILD_ID -> "C" + (random.nextInt(40) == 0 ? row + 1 : row);
            case DATE -> written(random, TODAY.minusDays(random.nextInt(3 * 365)));
            case CODE -> CODES[random.nextInt(CODES.length - 2)];
            case FLAG -> FLAGS[random.nextInt(5)];
            case INTEGER -> String.valueOf(random.nextInt(6));
            case TEXT -> random.nextBoolean() ? "F" : random.nextInt(10) == 0 ? "Female" : "M";
        };
    }

    /** A cell of the type drawn from the odd shapes above. */
    private static String messy(Random random, FieldType type) {
        return switch (type) {
            case CHILD_ID -> random.nextBoolean() ? "Jayden Smith" : random.nextBoolean() ? "4567.0" : "";
            case DATE -> DATES[random.nextInt(DATES.length)];
            case CODE -> CODES[random.nextInt(CODES.length)];
            case FLAG -> FLAGS[random.nextInt(FLAGS.length)];
            case INTEGER -> INTEGERS[random.nextInt(INTEGERS.length)];
            case TEXT -> random.nextBoolean() ? "" : "x".repeat(1001);
        };
    }
}
