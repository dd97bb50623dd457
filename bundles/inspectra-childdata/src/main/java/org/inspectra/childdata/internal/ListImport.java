package org.inspectra.childdata.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportIssue;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.TooLargeException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upload of one list, fed row by row: the first non-blank row naming a field of the list is the heading row (up to
 * {@link #MAX_PREAMBLE} title or note rows above it are skipped); every later row is checked
 * field by field and across fields, and goes to the sink if it has no error. The error policy (docs/child-data.md):
 * a row with an error is rejected and reported, the others accepted; the upload as a whole is refused only for its
 * headings (see {@link Headings}) or where no row at all could be accepted. A child on several rows of a list of one row
 * per child ({@code 000 §260} asks for that "where possible") is accepted and reported by the data-quality rules,
 * which read every list.
 *
 * <p>A row whose checking fails unexpectedly is rejected with {@code row-not-checked} and the failure logged: no
 * cell of an upload may turn it into a server error.
 *
 * <p>Memory: the current row and the issues (at most {@link ImportResult#MAX_ISSUES}).
 *
 * <p>Progress: the counts go to a {@link Progress} every {@link #PUBLISH_EVERY} rows, after the heading row and once
 * all rows are read, so a reader of the progress costs the import next to nothing.
 */
final class ListImport implements RowHandler {

    /** Receives the counts so far; called on the importing thread. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (rows, accepted, rejected, problems) -> {
        };

        void counted(long rows, long accepted, long rejected, long problems);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ListImport.class);

    /** Rows between two progress reports in the log. */
    static final long PROGRESS_EVERY = 20_000;

    /** Rows between two updates of the {@link Progress}. */
    static final long PUBLISH_EVERY = 500;

    /** Rows above the heading row that are skipped (titles, notes) before the first row is taken as the headings. */
    static final int MAX_PREAMBLE = 10;

    /**
     * Cells a row may have, empty ones at its end included. The widest Annex A list has a few dozen fields; without a
     * bound, a heading row of 20,000 columns tied an upload up for over 20 seconds while others waited behind it.
     */
    static final int MAX_CELLS = 256;

    private final ChildListSpec spec;
    private final LocalDate today;
    private final Consumer<ChildRow> sink;
    private final String label;
    private final Progress progress;
    private final List<ImportIssue> issues = new ArrayList<>();
    private Headings headings;
    /** How each column's cells are read, in the order of the headings' columns. */
    private List<Function<String, FieldValues.Checked>> readers = List.of();
    private RowRules rules = RowRules.NONE;
    private long rows;
    private long accepted;
    private long rejected;
    private long issueCount;
    private int preamble;

    ListImport(ChildListSpec spec, LocalDate today, Consumer<ChildRow> sink, String label) {
        this(spec, today, sink, label, Progress.NONE);
    }

    ListImport(ChildListSpec spec, LocalDate today, Consumer<ChildRow> sink, String label, Progress progress) {
        this.spec = spec;
        this.today = today;
        this.sink = sink;
        this.label = label;
        this.progress = progress;
    }

    @Override
    public void row(long number, List<String> cells) {
        if (cells.size() > MAX_CELLS) {
            throw new TooLargeException("Row " + number + " of " + spec.id() + " has " + cells.size()
                    + " cells; a row may have at most " + MAX_CELLS);
        }
        if (blank(cells)) {
            return;
        }
        if (headings == null) {
            // Sheets often open with a title or a note; the heading row is the first to name a field of the list.
            if (!Headings.namesAField(spec, cells) && ++preamble <= MAX_PREAMBLE) {
                return;
            }
            headings = Headings.match(spec, cells, number);
            headings.issues().forEach(this::report);
            rules = RowRules.of(headings.columns().stream().filter(Headings.Column::listed)
                    .map(Headings.Column::field).toList());
            readers = headings.columns().stream().map(c -> FieldValues.reader(c.field())).toList();
            publish();
            return;
        }
        rows++;
        if (checked(number, cells)) {
            accepted++;
        } else {
            rejected++;
        }
        if (rows % PUBLISH_EVERY == 0) {
            publish();
        }
        if (rows % PROGRESS_EVERY == 0) {
            LOG.info("{}: {} rows read, {} accepted, {} rejected", label, rows, accepted, rejected);
        }
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!FieldValues.clean(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks the row and hands it to the sink if it has no error. A failure of the checks themselves rejects the row
     * rather than the upload; a failure of the sink (storage) is not the row's and breaks the upload off.
     */
    private boolean checked(long number, List<String> cells) {
        ChildRow row;
        try {
            row = accept(number, cells);
        } catch (RuntimeException e) {
            LOG.error("{}: row {} could not be checked; it is rejected", label, number, e);
            report(new ImportIssue(number, null, "row-not-checked", "the row could not be checked and was left out;"
                    + " the administrator has the details in the server log"));
            return false;
        }
        if (row == null) {
            return false;
        }
        sink.accept(row);
        return true;
    }

    /** The row checked, or {@code null} where it has an error (reported). */
    private ChildRow accept(long number, List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        String childId = null;
        boolean ok = true;
        // The row's characters as ChildRow#characters counts them, added up as the values are.
        int characters = 0;
        List<Headings.Column> columns = headings.columns();
        for (int c = 0; c < columns.size(); c++) {
            Headings.Column column = columns.get(c);
            String cell = column.index() < cells.size() ? FieldValues.clean(cells.get(column.index())) : "";
            if (cell.isEmpty()) {
                if (column.field().required()) {
                    report(new ImportIssue(number, column.field().id(), "required", "'" + column.field().title()
                            + "' is required"));
                    ok = false;
                }
                continue;
            }
            FieldValues.Checked checked = readers.get(c).apply(cell);
            if (!checked.isOk()) {
                report(new ImportIssue(number, column.field().id(), checked.code(), "'" + column.field().title()
                        + "': " + checked.message()));
                ok = false;
                continue;
            }
            String replaced = values.put(column.field().id(), checked.value());
            characters += replaced == null ? column.field().id().length() + checked.value().length()
                    : checked.value().length() - replaced.length();
            if (column.field().type() == FieldType.CHILD_ID) {
                childId = checked.value();
            }
        }
        if (ok) {
            for (RowRules.Problem problem : rules.check(values, today)) {
                report(new ImportIssue(number, problem.field(), problem.code(), problem.message()));
                ok = false;
            }
        }
        ChildRow row = new ChildRow(number, childId, values);
        if (ok && characters > ChildRow.MAX_CHARACTERS) {
            report(new ImportIssue(number, null, "row-too-long", "the row holds more than " + ChildRow.MAX_CHARACTERS
                    + " characters"));
            ok = false;
        }
        return ok ? row : null;
    }

    private void publish() {
        progress.counted(rows, accepted, rejected, issueCount);
    }

    private void report(ImportIssue issue) {
        issueCount++;
        if (issues.size() < ImportResult.MAX_ISSUES) {
            issues.add(issue);
        }
    }

    /**
     * What the upload did, once every row is read.
     *
     * @throws InvalidInputException  where the sheet had no heading row
     * @throws RuleViolationException where rows were read and none could be accepted: storing an empty list in their
     *                                place would lose the previous one for nothing
     */
    ImportResult result() {
        publish();
        if (headings == null) {
            throw new InvalidInputException("The upload is empty: a heading row and one row per child are expected");
        }
        List<ImportIssue> listed = new ArrayList<>(issues);
        if (issueCount > issues.size()) {
            listed.add(new ImportIssue(0, null, "issues-truncated", (issueCount - issues.size())
                    + " more issues are not listed; correct these and upload again"));
        }
        if (rows > 0 && accepted == 0) {
            throw new RuleViolationException("No row of " + spec.id() + " could be accepted; the list is unchanged",
                    listed.stream().limit(100).map(i -> new Violation("row " + i.row() + (i.field() == null ? ""
                            : " " + i.field()), i.code(), i.message())).toList());
        }
        LOG.info("{}: done, {} rows read, {} accepted, {} rejected", label, rows, accepted, rejected);
        return new ImportResult(spec.id(), rows, accepted, rejected, listed);
    }
}
