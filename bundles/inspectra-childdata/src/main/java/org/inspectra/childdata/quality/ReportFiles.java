package org.inspectra.childdata.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.QualityFinding;
import org.inspectra.api.quality.RuleCount;

/**
 * The data-quality report as files a lead inspector sends the authority: CSV (one line per finding, with its rule's
 * severity and title) and an Excel workbook (a summary sheet of every rule with its count, a sheet of the findings),
 * written by POI's streaming writer so a long report keeps a small heap.
 */
public final class ReportFiles {

    static final List<String> FINDING_COLUMNS = List.of("Code", "Severity", "Title", "Source", "List", "Row", "Child",
            "Fields", "Message");

    private ReportFiles() {
    }

    /** UTF-8 with a byte order mark, so Excel opens it as UTF-8. */
    public static void csv(DataQualityReport report, OutputStream out) throws IOException {
        Map<String, RuleCount> rules = rules(report);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(FINDING_COLUMNS.toArray(String[]::new)).build());
        for (QualityFinding f : report.findings()) {
            RuleCount rule = rules.get(f.code());
            printer.printRecord(f.code(), rule.severity().id(), rule.title(), rule.source(), f.listId(), f.row(),
                    f.childId(), String.join(" ", f.fields()), f.message());
        }
        printer.flush();
    }

    public static void xlsx(DataQualityReport report, OutputStream out) throws IOException {
        Map<String, RuleCount> rules = rules(report);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            XSSFCellStyle bold = (XSSFCellStyle) workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet summary = workbook.createSheet("Summary");
            heading(summary, bold, List.of("Code", "Title", "Severity", "Source", "Findings"));
            int r = 1;
            for (RuleCount rule : report.rules()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(rule.code());
                row.createCell(1).setCellValue(rule.title());
                row.createCell(2).setCellValue(rule.severity().id());
                row.createCell(3).setCellValue(rule.source() == null ? "" : rule.source());
                row.createCell(4).setCellValue(rule.count());
            }
            Row checked = summary.createRow(r + 1);
            checked.createCell(0).setCellValue("Checked at");
            checked.createCell(1).setCellValue(report.checkedAt().toString());
            SXSSFSheet findings = workbook.createSheet("Findings");
            heading(findings, bold, FINDING_COLUMNS);
            r = 1;
            for (QualityFinding f : report.findings()) {
                RuleCount rule = rules.get(f.code());
                Row row = findings.createRow(r++);
                row.createCell(0).setCellValue(f.code());
                row.createCell(1).setCellValue(rule.severity().id());
                row.createCell(2).setCellValue(rule.title());
                row.createCell(3).setCellValue(rule.source() == null ? "" : rule.source());
                row.createCell(4).setCellValue(f.listId());
                row.createCell(5).setCellValue(f.row());
                row.createCell(6).setCellValue(f.childId() == null ? "" : f.childId());
                row.createCell(7).setCellValue(String.join(" ", f.fields()));
                row.createCell(8).setCellValue(f.message());
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void heading(Sheet sheet, XSSFCellStyle bold, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static Map<String, RuleCount> rules(DataQualityReport report) {
        Map<String, RuleCount> rules = new HashMap<>();
        report.rules().forEach(r -> rules.put(r.code(), r));
        return rules;
    }
}
