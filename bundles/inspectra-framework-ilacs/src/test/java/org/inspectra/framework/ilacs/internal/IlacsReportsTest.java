package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.inspectra.api.framework.ReportTemplate;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import freemarker.core.PlainTextOutputFormat;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;

/** 000 §208-221: which document each type calls for, and that each template fills into well-formed XHTML. */
class IlacsReportsTest {

    @Test
    void eachTypeCallsForItsDocument() {
        assertThat(IlacsReports.forType("standard", "public")).contains(IlacsReports.INSPECTION_REPORT);
        assertThat(IlacsReports.forType("short", "public")).contains(IlacsReports.INSPECTION_REPORT);
        assertThat(IlacsReports.forType("focused-visit", "public")).contains(IlacsReports.VISIT_LETTER);
        assertThat(IlacsReports.forType("monitoring-visit", "public")).contains(IlacsReports.VISIT_LETTER);
        assertThat(IlacsReports.forType("standard", "children")).contains(IlacsReports.CHILDREN_SUMMARY);
        assertThat(IlacsReports.forType("focused-visit", "children")).isEmpty();
        assertThat(IlacsReports.INSPECTION_REPORT.maxPages()).isEqualTo(10);
    }

    @Test
    void everyTemplateFillsIntoWellFormedXhtmlAndMarkdown() throws Exception {
        for (ReportTemplate t : List.of(IlacsReports.INSPECTION_REPORT, IlacsReports.CHILDREN_SUMMARY,
                IlacsReports.VISIT_LETTER)) {
            String html = fill(t.html(), XHTMLOutputFormat.INSTANCE, model(true));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
            assertThat(html).as(t.id()).contains("Birmingham").contains("Draft — for factual accuracy check")
                    .contains("Children &amp; families are seen quickly");
            assertThat(fill(t.html(), XHTMLOutputFormat.INSTANCE, model(false))).doesNotContain("Draft —");
            if (t == IlacsReports.INSPECTION_REPORT) {
                // 000 §211: each question of the summary with its answer.
                assertThat(html).contains(IlacsQuestions.REPORT_FIRST_PAGE.get(3), "Help comes sooner &amp; lasts");
                assertThat(fill(t.markdown(), PlainTextOutputFormat.INSTANCE, model(true)))
                        .contains("### " + IlacsQuestions.REPORT_FIRST_PAGE.get(3), "Help comes sooner & lasts");
            }
            String markdown = fill(t.markdown(), PlainTextOutputFormat.INSTANCE, model(true));
            assertThat(markdown).as(t.id()).contains("Birmingham").contains("Children & families are seen quickly");
        }
    }

    private static String fill(String source, freemarker.core.OutputFormat format, Map<String, Object> model)
            throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_32);
        configuration.setOutputFormat(format);
        StringWriter out = new StringWriter();
        new Template("t", new StringReader(source), configuration).process(model, out);
        return out.toString();
    }

    private static Map<String, Object> model(boolean draft) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Inspection of children's social care services");
        m.put("draft", draft);
        m.put("draftMark", "Draft — for factual accuracy check");
        m.put("framework", Map.of("id", "ilacs", "version", "2018.12", "title", "ILACS"));
        m.put("localAuthority", Map.of("code", "330", "name", "Birmingham"));
        m.put("inspection", Map.of("id", "i-1", "type", "standard", "typeTitle", "Standard inspection",
                "status", "draft-sent", "notifiedOn", "2025-08-18"));
        m.put("dates", Map.of("fieldwork-start", "2025-08-26", "fieldwork-end", "2025-09-08"));
        m.put("judgements", List.of(
                Map.of("id", "overall-effectiveness", "title", "Overall effectiveness", "kind", "overall",
                        "grade", "good", "gradeTitle", "Good", "rationale", "Children are safer",
                        "strengths", List.of(), "areasForImprovement", List.of()),
                Map.of("id", "children-in-care", "title", "Children in care", "kind", "key",
                        "grade", "good", "gradeTitle", "Good", "rationale", "",
                        "strengths", List.of("Children & families are seen quickly"),
                        "areasForImprovement", List.of())));
        m.put("strengths", List.of("Children & families are seen quickly"));
        m.put("areasForImprovement", List.of("Supervision is not always recorded"));
        m.put("priorityActions", List.of());
        m.put("summary", List.of(Map.of("question", IlacsQuestions.REPORT_FIRST_PAGE.get(3),
                "answer", "Help comes sooner & lasts")));
        return m;
    }
}
