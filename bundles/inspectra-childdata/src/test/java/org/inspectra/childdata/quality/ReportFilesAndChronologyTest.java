package org.inspectra.childdata.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.childdata.quality.QualityLists.LIST_3;
import static org.inspectra.childdata.quality.QualityLists.LIST_8;
import static org.inspectra.childdata.quality.QualityLists.on;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.Chronology;
import org.inspectra.api.childdata.ChronologyEvent;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.quality.DataQualityReport;
import org.junit.jupiter.api.Test;

/** The report as files, and a child's chronology. */
class ReportFilesAndChronologyTest {

    private final DataQualityReport report = QualityLists.run(
            on(LIST_3, 3, "C2", "date-of-most-recent-referral", "2025-05-17", "date-of-birth", "2014-09-21"),
            on(LIST_8, 4, "C2", "date-of-birth", "2014-09-12"));

    @Test
    void csvHasAHeadingAndALinePerFinding() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFiles.csv(report, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFCode,Severity,Title,Source,List,Row,Child,Fields,Message");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("outside-list-period,warning,");
        assertThat(lines.get(2)).startsWith("different-date-of-birth,error,").contains(",list-8,4,C2,date-of-birth,");
    }

    @Test
    void workbookHasASummaryOfEveryRuleAndASheetOfFindings() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFiles.xlsx(report, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("outside-list-period");
            assertThat(summary.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(summary.getLastRowNum()).isEqualTo(report.rules().size() + 2);
            Sheet findings = workbook.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(2);
            assertThat(findings.getRow(2).getCell(6).getStringCellValue()).isEqualTo("C2");
            assertThat(findings.getRow(2).getCell(4).getStringCellValue()).isEqualTo("list-8");
        }
    }

    @Test
    void chronologyIsEveryDatedEventOldestFirstTracedToListRowAndField() {
        Map<ChildListSpec, List<ChildRow>> rows = new LinkedHashMap<>();
        rows.put(LIST_3, List.of(on(LIST_3, 3, "C1", "date-of-birth", "2014-09-21", "date-of-most-recent-referral",
                "2025-06-01", "gender", "F").row()));
        rows.put(LIST_8, List.of(on(LIST_8, 7, "C1", "date-of-birth", "2014-09-21", "date-started-looked-after",
                "2025-06-01", "placement-start-date", "2025-07-01", "date-ceased-looked-after", "not a date").row()));
        Chronology chronology = ChildChronology.of("C1", rows);
        assertThat(chronology.events()).extracting(ChronologyEvent::date, ChronologyEvent::event,
                ChronologyEvent::listId, ChronologyEvent::row, ChronologyEvent::field).containsExactly(
                tuple(LocalDate.of(2014, 9, 21), "birth", "list-3", 3L, "date-of-birth"),
                tuple(LocalDate.of(2014, 9, 21), "birth", "list-8", 7L, "date-of-birth"),
                tuple(LocalDate.of(2025, 6, 1), "referral", "list-3", 3L, "date-of-most-recent-referral"),
                tuple(LocalDate.of(2025, 6, 1), "started-looked-after", "list-8", 7L, "date-started-looked-after"),
                tuple(LocalDate.of(2025, 7, 1), "placement-start", "list-8", 7L, "placement-start-date"));
    }
}
