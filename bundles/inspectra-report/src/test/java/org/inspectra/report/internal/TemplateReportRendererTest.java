package org.inspectra.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.framework.ReportTemplate;
import org.inspectra.api.report.RenderedReport;
import org.inspectra.api.report.ReportFormat;
import org.junit.jupiter.api.Test;

class TemplateReportRendererTest {

    private static final ReportTemplate TEMPLATE = new ReportTemplate("test-report", "Test report",
            "<html><head><title>${title}</title></head><body><h1>${title}</h1>"
                    + "<#list judgements as j><p>${j.title}: ${j.grade}</p></#list>"
                    + "<#list 1..pages as i><div style=\"page-break-after: always\">Page ${i}</div></#list>"
                    + "</body></html>",
            "# ${title}\n<#list judgements as j>\n- ${j.title}: ${j.grade}\n</#list>\n", 2, "test §1");

    private final TemplateReportRenderer renderer = new TemplateReportRenderer();

    @Test
    void fillsHtmlEscapingTheRecordAndMarkdownAsItIs() {
        RenderedReport html = renderer.render(TEMPLATE, ReportFormat.HTML, model("Help & protection", 1));
        assertThat(new String(html.content(), StandardCharsets.UTF_8)).contains("Help &amp; protection: good");
        RenderedReport markdown = renderer.render(TEMPLATE, ReportFormat.MARKDOWN, model("Help & protection", 1));
        assertThat(new String(markdown.content(), StandardCharsets.UTF_8))
                .startsWith("# Test report").contains("- Help & protection: good");
    }

    @Test
    void makesAPdfThatReadsBackAndWarnsPastThePageLimit() throws Exception {
        RenderedReport pdf = renderer.render(TEMPLATE, ReportFormat.PDF, model("Help and protection", 1));
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(1);
        assertThat(pdf.warnings()).isEmpty();
        try (PDDocument document = PDDocument.load(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Help and protection: good");
        }
        RenderedReport long_ = renderer.render(TEMPLATE, ReportFormat.PDF, model("Help and protection", 4));
        assertThat(long_.pages()).isGreaterThan(2);
        assertThat(long_.warnings()).singleElement().asString().contains("no more than 2").contains("test §1");
    }

    @Test
    void aBrokenTemplateIsAClearConflict() {
        ReportTemplate broken = new ReportTemplate("broken", "Broken", "<html>${missing.value}</html>", "", 0, "x");
        assertThatThrownBy(() -> renderer.render(broken, ReportFormat.HTML, Map.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("broken");
    }

    private static Map<String, Object> model(String judgement, int pages) {
        return Map.of("title", "Test report", "pages", pages,
                "judgements", List.of(Map.of("title", judgement, "grade", "good")));
    }
}
