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

    /**
     * A template whose two sources a framework bundle ships as resources beside {@code owner}:
     * {@code <folder>/<name>.html.ftl} and {@code <folder>/<name>.md.ftl}.
     *
     * @throws IllegalStateException where the bundle lacks one of them
     */
    public static ReportTemplate fromResources(Class<?> owner, String folder, String name, String id, String title,
                                               int maxPages, String source) {
        return new ReportTemplate(id, title, resource(owner, folder + "/" + name + ".html.ftl"),
                resource(owner, folder + "/" + name + ".md.ftl"), maxPages, source);
    }

    private static String resource(Class<?> owner, String path) {
        try (java.io.InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(owner.getName() + "'s bundle lacks its report template " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
