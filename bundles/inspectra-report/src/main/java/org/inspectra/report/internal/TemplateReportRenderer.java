package org.inspectra.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import freemarker.core.PlainTextOutputFormat;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.framework.ReportTemplate;
import org.inspectra.api.report.RenderedReport;
import org.inspectra.api.report.ReportFormat;
import org.inspectra.api.report.ReportRenderer;
import org.osgi.service.component.annotations.Component;

/**
 * Renders a framework's report templates with Apache FreeMarker (XHTML escaped automatically, Markdown as plain text)
 * and the XHTML to PDF with Open HTML to PDF on Apache PDFBox, counting the PDF's pages against the framework's
 * limit.
 */
@Component(service = ReportRenderer.class)
public final class TemplateReportRenderer implements ReportRenderer {

    private final Configuration xhtml = configuration(XHTMLOutputFormat.INSTANCE);
    private final Configuration plain = configuration(PlainTextOutputFormat.INSTANCE);

    @Override
    public RenderedReport render(ReportTemplate template, ReportFormat format, Map<String, Object> model) {
        return switch (format) {
            case HTML -> text(xhtml, template, template.html(), model, format);
            case MARKDOWN -> text(plain, template, template.markdown(), model, format);
            case PDF -> pdf(template, fill(xhtml, template, template.html(), model));
        };
    }

    private RenderedReport text(Configuration configuration, ReportTemplate template, String source,
                                Map<String, Object> model, ReportFormat format) {
        return new RenderedReport(fill(configuration, template, source, model).getBytes(StandardCharsets.UTF_8),
                format, 0, List.of());
    }

    private RenderedReport pdf(ReportTemplate template, String xhtmlDocument) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // The renderer finds its XML parser and fonts through the context class loader: this bundle's.
        Thread.currentThread().setContextClassLoader(TemplateReportRenderer.class.getClassLoader());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtmlDocument, null);
            builder.toStream(out);
            builder.run();
            byte[] pdf = out.toByteArray();
            int pages;
            try (PDDocument document = PDDocument.load(pdf)) {
                pages = document.getNumberOfPages();
            }
            List<String> warnings = new ArrayList<>();
            if (template.maxPages() > 0 && pages > template.maxPages()) {
                warnings.add("The " + template.title() + " runs to " + pages + " pages; the framework asks for no "
                        + "more than " + template.maxPages() + " (" + template.source() + ")");
            }
            return new RenderedReport(pdf, ReportFormat.PDF, pages, warnings);
        } catch (IOException | RuntimeException e) {
            throw new ConflictException("The " + template.title() + " (" + template.id() + ") could not be made into "
                    + "a PDF: " + e.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static String fill(Configuration configuration, ReportTemplate template, String source,
                               Map<String, Object> model) {
        try {
            Template compiled = new Template(template.id(), new StringReader(source), configuration);
            StringWriter out = new StringWriter();
            compiled.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new ConflictException("The framework's template " + template.id() + " could not be filled: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Configuration configuration(freemarker.core.OutputFormat format) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_32);
        configuration.setOutputFormat(format);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        return configuration;
    }
}
