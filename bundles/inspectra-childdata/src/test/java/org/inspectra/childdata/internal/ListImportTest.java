package org.inspectra.childdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportIssue;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.TooLargeException;
import org.inspectra.api.framework.ChildListSpec;
import org.junit.jupiter.api.Test;

/** An upload read and checked end to end, from CSV and from a workbook Excel-style (shared strings, date styles). */
class ListImportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    private final List<ChildRow> accepted = new ArrayList<>();

    @Test
    void acceptsGoodRowsAndReportsEachProblemWithRowFieldAndCode() throws IOException {
        ImportResult result = csv(TestLists.REFERRALS,
                "\uFEFFChild ID,Gender,Date of birth,Referral NFA (Y/N),Notes\r\n"
                + "C1,F,01/03/2015,Y,\"first, with a comma\"\r\n"
                + ",M,2015-03-01,N,\r\n"
                + "\r\n"
                + "C2,M,2015-02-30,maybe,\r\n"
                + "C1,F,2015-03-01,N,again\r\n"
                + "C3,,,,\r\n");
        assertThat(result.rows()).isEqualTo(5);
        assertThat(result.accepted()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.issues()).extracting(ImportIssue::row, ImportIssue::field, ImportIssue::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "notes", "unlisted-column"),
                org.assertj.core.groups.Tuple.tuple(3L, "child-id", "required"),
                org.assertj.core.groups.Tuple.tuple(5L, "date-of-birth", "invalid-date"),
                org.assertj.core.groups.Tuple.tuple(5L, "referral-nfa", "invalid-flag"));
        // 000 §260 asks for one row per child "where possible": a second row is kept, and the data-quality rule
        // one-row-per-child reports it.
        assertThat(accepted).extracting(ChildRow::row, ChildRow::childId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "C1"), org.assertj.core.groups.Tuple.tuple(6L, "C1"),
                org.assertj.core.groups.Tuple.tuple(7L, "C3"));
        assertThat(accepted.get(0).values()).containsEntry("date-of-birth", "2015-03-01")
                .containsEntry("referral-nfa", "Y").containsEntry("notes", "first, with a comma");
    }

    /**
     * Issue 15: a list whose specification names only the child unique ID (ILACS list 3 before its typed columns) got
     * a day/month/year date of birth as unchecked text under the id the row rules read, and the upload answered 500.
     * A column the list does not type is never read as a date or a number.
     */
    @Test
    void anUntypedDateOfBirthColumnIsKeptAsTextAndNeverReadAsADate() throws IOException {
        ChildListSpec onlyTheId = new ChildListSpec("list-3", "Referrals", "000 §258", true,
                List.of(TestLists.CHILD_ID));
        ImportResult result = csv(onlyTheId, "Child unique ID,Gender,Date of birth,Age of child (years)\n"
                + "A1,Female,21/09/2014,eleven\n");
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(accepted.get(0).values()).containsEntry("date-of-birth", "21/09/2014")
                .containsEntry("age-of-child-years", "eleven");
        assertThat(result.issues()).extracting(ImportIssue::code).containsOnly("unlisted-column");
    }

    /** The same row where the list types the date of birth, as every ILACS list now does (004 Annex A, Table 2). */
    @Test
    void aTypedDateOfBirthIsReadDayMonthYear() throws IOException {
        ImportResult result = csv(TestLists.REFERRALS, "Child unique ID,Gender,Date of birth\nA1,Female,21/09/2014\n");
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.issues()).isEmpty();
        assertThat(accepted.get(0).values()).containsEntry("date-of-birth", "2014-09-21").containsEntry("gender",
                "Female");
    }

    /** An organisation's name is no person's: SIF's list 8 has "Name of provider" (004 Annex A, Table 2). */
    @Test
    void aColumnNamingAnOrganisationIsKeptAndOneNamingPeopleRefused() throws IOException {
        ChildListSpec onlyTheId = new ChildListSpec("list-8", "Looked after", "000 §258", true,
                List.of(TestLists.CHILD_ID));
        assertThat(csv(onlyTheId, "Child ID,Name of provider,School name\nC1,Acme Fostering,Hill School\n")
                .accepted()).isEqualTo(1);
        assertThat(accepted.get(0).values()).containsEntry("name-of-provider", "Acme Fostering");
        assertThatThrownBy(() -> csv(onlyTheId, "Child ID,Name of carer\nC1,x\n"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aListOfManyRowsPerChildTakesTheSameChildAgain() throws IOException {
        ImportResult result = csv(TestLists.CONTACTS, "Child ID,Date of contact\nC1,2025-08-01\nC1,2025-08-02\n");
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.issues()).isEmpty();
    }

    @Test
    void refusesAnUploadWithNoRowToAccept() {
        assertThatThrownBy(() -> csv(TestLists.REFERRALS, "Child ID,Date of birth\nC1,soon\nC2,later\n"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("No row");
        assertThatThrownBy(() -> csv(TestLists.REFERRALS, "\n\n")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> csv(TestLists.REFERRALS, "Child ID\n\"C1\n"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsARowTooLongToStore() throws IOException {
        String text = "x".repeat(FieldValues.MAX_TEXT);
        StringBuilder body = new StringBuilder("Child ID");
        StringBuilder row = new StringBuilder("C1");
        for (int i = 0; i < 31; i++) {
            body.append(",Note ").append(i);
            row.append(',').append(text);
        }
        ImportResult result = csv(TestLists.CONTACTS, body + "\nC0\n" + row + "\n");
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.issues()).extracting(ImportIssue::code).endsWith("row-too-long");
    }

    @Test
    void skipsATitleAboveTheHeadingsButNotForever() throws IOException {
        ImportResult result = csv(TestLists.REFERRALS, "List 3: referrals,,\nAs at 1 September 2025\n\n"
                + "Child ID,Gender\nC1,F\n");
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(accepted.get(0).row()).isEqualTo(5);
        assertThatThrownBy(() -> csv(TestLists.REFERRALS, "Note\n".repeat(ListImport.MAX_PREAMBLE + 1)
                + "Child ID\nC1\n")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesARowOfMoreCellsThanAnyListHasBeforeMatchingItsHeadings() {
        String wide = "Child ID" + ",x".repeat(20_000) + "\nC1\n";
        assertThatThrownBy(() -> csv(TestLists.REFERRALS, wide)).isInstanceOf(TooLargeException.class)
                .hasMessageContaining("at most " + ListImport.MAX_CELLS);
        String wideRow = "Child ID,Gender\nC1,F" + ",".repeat(ListImport.MAX_CELLS) + "\n";
        assertThatThrownBy(() -> csv(TestLists.REFERRALS, wideRow)).isInstanceOf(TooLargeException.class);
        assertThat(accepted).isEmpty();
    }

    @Test
    void anEmptyListIsAList() throws IOException {
        assertThat(csv(TestLists.REFERRALS, "Child ID,Gender\n").accepted()).isZero();
    }

    @Test
    void listsAThousandIssuesAndCountsTheRest() throws IOException {
        StringBuilder body = new StringBuilder("Child ID,Referral NFA\nC0,Y\n");
        for (int i = 1; i <= 1500; i++) {
            body.append('C').append(i).append(",perhaps\n");
        }
        ImportResult result = csv(TestLists.REFERRALS, body.toString());
        assertThat(result.rejected()).isEqualTo(1500);
        assertThat(result.issues()).hasSize(ImportResult.MAX_ISSUES + 1);
        assertThat(result.issues().get(ImportResult.MAX_ISSUES).code()).isEqualTo("issues-truncated");
        assertThat(result.issues().get(ImportResult.MAX_ISSUES).message()).startsWith("500 more");
    }

    @Test
    void refusesAnUploadOverTheLimitAsItIsRead() {
        byte[] body = "Child ID\nC1\nC2\nC3\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CsvSheet(new LimitedInputStream(new ByteArrayInputStream(body), 10))
                .read((n, cells) -> { })).isInstanceOf(TooLargeException.class);
    }

    @Test
    void readsAWorkbookFromTheSheetNamedForTheList() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Contents").createRow(0).createCell(0).setCellValue("Not this one");
            XSSFSheet sheet = workbook.createSheet("List 3");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("Child unique ID");
            heading.createCell(2).setCellValue("Date of birth");
            heading.createCell(3).setCellValue("Age of child (years)");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(1001);
            first.createCell(2).setCellValue(LocalDate.of(2015, 3, 1));
            first.getCell(2).setCellStyle(date);
            first.createCell(3).setCellValue(10);
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue("C2");
            second.createCell(3).setCellValue("ten");
            workbook.write(bytes);
        }
        ImportResult result;
        try (XlsxSheet sheet = new XlsxSheet(new ByteArrayInputStream(bytes.toByteArray()), "list-3")) {
            result = read(TestLists.REFERRALS, sheet);
        }
        assertThat(result.rows()).isEqualTo(2);
        assertThat(accepted).singleElement().satisfies(row -> {
            assertThat(row.childId()).isEqualTo("1001");
            assertThat(row.values()).containsEntry("date-of-birth", "2015-03-01").containsEntry("age", "10");
        });
        assertThat(result.issues()).extracting(ImportIssue::row, ImportIssue::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "invalid-integer"));
    }

    @Test
    void refusesWhatIsNoWorkbook() throws IOException {
        try (XlsxSheet sheet = new XlsxSheet(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)),
                "list-3")) {
            assertThatThrownBy(() -> read(TestLists.REFERRALS, sheet)).isInstanceOf(InvalidInputException.class);
        }
    }

    private ImportResult csv(ChildListSpec spec, String body) throws IOException {
        InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        return read(spec, new CsvSheet(in));
    }

    private ImportResult read(ChildListSpec spec, Sheet sheet) throws IOException {
        ListImport upload = new ListImport(spec, TODAY, accepted::add, "test");
        sheet.read(upload);
        return upload.result();
    }
}
