package org.inspectra.childdata.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.ListPeriod;
import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.Severity;
import org.inspectra.childdata.quality.PlatformChecks;
import org.inspectra.childdata.quality.QualityRun;

/**
 * Not a test: generates a synthetic Annex A for the largest authority (lists 1-10, about 100,000 rows, the columns of
 * SIF's Table 2 opening and a spread of types) as CSV and as Excel workbooks, then reads it three times in each format:
 * a baseline pass that only parses (the floor any import pays), the import without the data-quality rules (what the
 * import cost before they came: the reference their cost is measured against), and the import pass that matches
 * headings, checks and normalises every field and row, counts bytes and rows for its progress as an upload does, hands
 * each accepted row to the data-quality rules (every platform rule, findings counted as after an upload) and on, and
 * once every list is read checks each child across the lists. Prints rows per second and the peak heap of each pass, and its time as a ratio to the parse-only baseline of the
 * same run (so a change shows whatever the machine's speed). Storage is left out: it is the database's speed, not the
 * reader's. Run it as README.md says.
 */
public final class ImportBenchmark {

    /** Rows per list, roughly the largest authority's volumes; about 100,000 in all. */
    private static final int[] ROWS = {38_000, 9_000, 12_000, 14_000, 5_000, 11_000, 2_500, 5_000, 2_500, 1_000};

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    /** Measured rounds after the warm-up. */
    private static final int ROUNDS = 3;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("inspectra-benchmark-");
        List<ChildListSpec> specs = new ArrayList<>();
        for (int n = 1; n <= ROWS.length; n++) {
            specs.add(spec(n));
        }
        long written = 0;
        for (ChildListSpec spec : specs) {
            int rows = ROWS[specs.indexOf(spec)];
            writeCsv(spec, rows, folder.resolve(spec.id() + ".csv"));
            writeXlsx(spec, rows, folder.resolve(spec.id() + ".xlsx"));
            written += rows;
        }
        System.out.printf(Locale.UK, "Synthetic Annex A: %,d rows in %d lists, CSV %,d KB, Excel %,d KB (%s)%n",
                written, specs.size(), size(folder, ".csv") / 1024, size(folder, ".xlsx") / 1024, folder);
        System.out.printf(Locale.UK, "%-6s %-9s %12s %10s %12s %14s %10s %10s %10s%n", "format", "pass", "rows",
                "seconds", "rows/s", "peak heap MB", "x parse", "cpu s", "cpu x");
        long findings = 0;
        for (String format : System.getProperty("benchmark.formats", "csv,xlsx").split(",")) {
            // A warm-up round, then the measured one, so both passes run compiled code.
            // A warm-up round, then the measured ones, passes taking turns; each pass's cheapest round counts, the
            // one least disturbed by the machine's other work.
            Pass parse = null;
            Pass checked = null;
            Pass imported = null;
            for (int round = 0; round <= ROUNDS; round++) {
                Pass p = measure(format, specs, folder, false, false);
                Pass c = measure(format, specs, folder, true, false);
                Pass i = measure(format, specs, folder, true, true);
                if (round > 0) {
                    parse = Pass.cheaper(parse, p);
                    checked = Pass.cheaper(checked, c);
                    imported = Pass.cheaper(imported, i);
                }
            }
            // The ratio to the parse-only baseline of the same run: what checking costs, whatever the machine.
            parse.print(format, "parse", parse);
            checked.print(format, "no rules", parse);
            imported.print(format, "import", parse);
            findings = imported.findings();
            System.out.printf(Locale.UK, "%-6s the data-quality rules cost %.0f %% of the import without them (CPU"
                    + " time)%n", format, 100.0 * (imported.cpuNanos() - checked.cpuNanos()) / checked.cpuNanos());
        }
        System.out.printf(Locale.UK, "(the import pass ran every data-quality rule: %,d findings counted)%n", findings);
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** One timed pass over every list. */
    private record Pass(long rows, double seconds, long peakHeap, long findings, long cpuNanos) {

        static Pass cheaper(Pass held, Pass next) {
            return held == null || next.cpuNanos() < held.cpuNanos() ? next : held;
        }

        void print(String format, String pass, Pass baseline) {
            System.out.printf(Locale.UK, "%-6s %-9s %,12d %10.2f %,12.0f %14.1f %10.2f %10.2f %10.2f%n", format, pass,
                    rows, seconds, rows / seconds, peakHeap / 1048576.0, seconds / baseline.seconds(), cpuNanos / 1e9,
                    (double) cpuNanos / baseline.cpuNanos());
        }
    }

    /**
     * @param check whether to import (headings, fields, rows checked, progress counted) or only parse
     * @param rules whether the import hands its rows to the data-quality rules, as an upload does
     */
    private static Pass measure(String format, List<ChildListSpec> specs, Path folder, boolean check, boolean rules)
            throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] rows = {0};
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ImportTracker tracker = new ImportTracker(new InMemoryImportProgressStore(), java.time.Clock.systemUTC());
        QualityRun quality = new QualityRun(new CheckContext("benchmark", new FrameworkKey("benchmark", "1"), TODAY),
                specs, PlatformChecks.all(), false);
        for (ChildListSpec spec : specs) {
            Path file = folder.resolve(spec.id() + "." + format);
            // The import pass counts bytes and rows for its progress, as an upload does.
            TrackedImport tracked = tracker.start("benchmark", spec.id(), "benchmark", Files.size(file));
            try (InputStream in = check ? new LimitedInputStream(Files.newInputStream(file), Long.MAX_VALUE,
                    tracked::bytesRead) : Files.newInputStream(file);
                 org.inspectra.childdata.internal.Sheet sheet = format.equals("csv") ? new CsvSheet(in)
                         : new XlsxSheet(in, spec.id())) {
                if (check) {
                    ListImport upload = new ListImport(spec, TODAY, rules ? row -> {
                        quality.accept(spec.id(), row);
                        rows[0]++;
                    } : row -> rows[0]++, spec.id(), tracked);
                    sheet.read(upload);
                    upload.result();
                    tracker.completed(tracked);
                } else {
                    sheet.read((number, cells) -> rows[0]++);
                }
            }
        }
        long findings = 0;
        if (rules) {
            DataQualityReport report = quality.finish(java.time.Instant.now());
            findings = report.count(Severity.ERROR) + report.count(Severity.WARNING);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Pass(rows[0], seconds, peak, findings, cpuNanos);
    }

    /** What each list's start date means: the event that puts a child on lists 1-10 (000 §258). */
    private static final List<String> STARTS = List.of(Meanings.CONTACT, "early-help-assessment", Meanings.REFERRAL,
            Meanings.ASSESSMENT_START, Meanings.SECTION_47_START, Meanings.CIN_START, Meanings.CP_PLAN_START,
            Meanings.STARTED_LOOKED_AFTER, "leaving-care-review", Meanings.ENTERED_CARE);

    /**
     * Child unique ID, the opening columns of Table 2 and a spread of types, one row per child from list 3; the
     * fields' meanings, cohorts and six-month periods for the data-quality rules (the same children are on every list,
     * so the rules across lists have work to do).
     */
    static ChildListSpec spec(int number) {
        List<FieldSpec> fields = List.of(
                new FieldSpec("child-id", "Child unique ID", FieldType.CHILD_ID, true, List.of(), List.of()),
                field("gender", "Gender", FieldType.TEXT).meaning(Meanings.GENDER),
                field("ethnicity", "Ethnicity", FieldType.TEXT),
                field("date-of-birth", "Date of birth", FieldType.DATE).meaning(Meanings.BIRTH),
                field("age", "Age of child (years)", FieldType.INTEGER),
                field("disability", "Does the child have a disability? (Y/N)", FieldType.FLAG),
                field("start-date", "Start date", FieldType.DATE).meaning(STARTS.get(number - 1)),
                field("last-seen", "Date child was last seen", FieldType.DATE).meaning("last-seen"),
                field("seen-alone", "Was the child seen alone?", FieldType.FLAG),
                field("episodes", "Number of episodes in the last 12 months", FieldType.INTEGER)
                        .meaning(Meanings.MISSING_EPISODES),
                new FieldSpec("category", "Category", FieldType.CODE, false, List.of("relevant", "former relevant",
                        "qualifying", "other"), List.of()),
                field("allocated-team", "Allocated team", FieldType.TEXT));
        return new ChildListSpec("list-" + number, "List " + number, "benchmark", number >= 3, fields,
                number == 8 ? Meanings.LOOKED_AFTER : number == 9 ? Meanings.CARE_LEAVERS : null,
                new ListPeriod(6, ListPeriod.Kind.EVENT_WITHIN, List.of(STARTS.get(number - 1)), "000 §258"));
    }

    private static FieldSpec field(String id, String title, FieldType type) {
        return new FieldSpec(id, title, type, false, List.of(), List.of());
    }

    private static List<String> row(Random random, int i) {
        LocalDate born = TODAY.minusDays(random.nextInt(18 * 365));
        int age = java.time.Period.between(born, TODAY).getYears();
        return List.of(String.format("CH%07d", i), random.nextBoolean() ? "F" : "M",
                List.of("WBRI", "ASIA", "BAFR", "MWBC", "OOTH").get(random.nextInt(5)), born.toString(),
                String.valueOf(age), random.nextInt(10) == 0 ? "Y" : "N", TODAY.minusDays(random.nextInt(180))
                        .toString(), TODAY.minusDays(random.nextInt(60)).toString(), random.nextBoolean() ? "Y" : "N",
                String.valueOf(random.nextInt(4)), List.of("relevant", "former relevant", "qualifying", "other")
                        .get(random.nextInt(4)), "Team " + (1 + random.nextInt(40)));
    }

    private static void writeCsv(ChildListSpec spec, int rows, Path file) throws IOException {
        Random random = new Random(spec.id().hashCode());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", spec.fields().stream().map(FieldSpec::title).toList()));
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.join(",", row(random, i)));
                out.write("\r\n");
            }
        }
    }

    /** Written as Excel writes: shared strings; dates as text cells, as councils' exports often are. */
    private static void writeXlsx(ChildListSpec spec, int rows, Path file) throws IOException {
        Random random = new Random(spec.id().hashCode());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("List " + spec.id().substring(5));
            Row heading = sheet.createRow(0);
            for (int c = 0; c < spec.fields().size(); c++) {
                heading.createCell(c).setCellValue(spec.fields().get(c).title());
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                List<String> values = row(random, i);
                for (int c = 0; c < values.size(); c++) {
                    FieldType type = spec.fields().get(c).type();
                    if (type == FieldType.INTEGER) {
                        row.createCell(c).setCellValue(Integer.parseInt(values.get(c)));
                    } else {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static long size(Path folder, String suffix) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
