package org.inspectra.web;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Serves the browser application at the root of Karaf's HTTP port through the OSGi HTTP Whiteboard: every
 * application URL answers with the same page shell (the screen's module renders the screen from the public REST API
 * at {@code /api/v1}, which CXF keeps), GOV.UK Frontend's files under {@code /assets/} and {@code /govuk/}, the
 * application's own under {@code /app/}. Its pattern {@code /} is the container's default: {@code /api/*} is more
 * specific, so the API is untouched.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/",
        "osgi.http.whiteboard.servlet.name=inspectra-web",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public final class WebApplicationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The manifest header naming the GOV.UK Frontend version embedded (set from the pom). */
    static final String GOVUK_VERSION_HEADER = "Inspectra-GovUK-Frontend";

    /**
     * The page's policy: only this server's scripts, styles, images and frames (the report preview); no inline
     * script; no framing by other sites; forms post only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final transient WebResources resources;

    @Activate
    public WebApplicationServlet(BundleContext context) {
        this(new WebResources(WebApplicationServlet.class.getClassLoader(),
                context.getBundle().getHeaders().get(GOVUK_VERSION_HEADER)));
    }

    WebApplicationServlet(WebResources resources) {
        this.resources = resources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<WebResources.Answer> found = resources.get(path);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        WebResources.Answer answer = found.get();
        response.setHeader("Cache-Control", answer.caching().header());
        if (answer.page()) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        } else {
            String etag = answer.etag();
            response.setHeader("ETag", etag);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        if (body) {
            response.getOutputStream().write(answer.body());
        }
    }
}
