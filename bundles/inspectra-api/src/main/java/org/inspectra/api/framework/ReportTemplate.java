package org.inspectra.api.framework;

/**
 * The report or letter a framework version calls for, as templates its bundle ships (Apache FreeMarker source), so
 * that a new framework version brings its own. The platform fills them from the inspection's recorded judgements,
 * findings and timeline; the HTML template must be well-formed XHTML, which the PDF is rendered from.
 *
 * @param id       kebab-case id, e.g. {@code ilacs-inspection-report}
 * @param title    what the document is ("Inspection of children's social care services")
 * @param html     FreeMarker source of the XHTML document
 * @param markdown FreeMarker source of the Markdown document
 * @param maxPages the most pages the framework allows the PDF ({@code 000 §220}: ten), or 0 for no limit
 * @param source   seed paragraphs that say what it holds
 */
public record ReportTemplate(String id, String title, String html, String markdown, int maxPages, String source) {
}
