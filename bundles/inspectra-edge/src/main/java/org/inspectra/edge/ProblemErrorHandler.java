package org.inspectra.edge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

/**
 * Jetty's error pages as problem documents: for requests Jetty refuses before any context (a {@code %00} or an
 * ambiguous {@code ..;} in the path), and for errors a context answers without a page of its own (a path no servlet
 * serves, a servlet that failed). A browser asking for HTML outside the API gets a plain page instead. Neither ever
 * names a servlet, an exception or a stack frame: the title is the status's reason phrase, never Jetty's message.
 * Error pages a context registered still take precedence (this extends Jetty's {@link ErrorPageErrorHandler}).
 */
public final class ProblemErrorHandler extends ErrorPageErrorHandler {

    public ProblemErrorHandler() {
        setShowServlet(false);
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    /** A handler for a context that had {@code previous}, keeping the error pages it maps. */
    static ProblemErrorHandler replacing(org.eclipse.jetty.server.handler.ErrorHandler previous) {
        ProblemErrorHandler handler = new ProblemErrorHandler();
        if (previous instanceof ErrorPageErrorHandler pages) {
            handler.setErrorPages(pages.getErrorPages());
        }
        return handler;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        EdgeProblem problem = problem(status);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, EdgeProblem.MEDIA_TYPE));
        return ByteBuffer.wrap(problem.bytes());
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        EdgeProblem problem = problem(code);
        boolean html = wantsHtml(request.getHeader("Accept"), request.getRequestURI());
        byte[] body = (html ? problem.html() : problem.json()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentType(html ? "text/html;charset=utf-8" : EdgeProblem.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    /** HTML only for a browser's page outside the API; everything under /api answers problem+json. */
    static boolean wantsHtml(String accept, String uri) {
        if (uri != null && (uri.equals("/api") || uri.startsWith("/api/"))) {
            return false;
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    static EdgeProblem problem(int status) {
        String reason = HttpStatus.getMessage(status);
        String detail = switch (status) {
            case 400 -> "The request is malformed (its path, headers or encoding)";
            case 404 -> "No such resource; the API is under /api/v1";
            case 405 -> "This resource does not take that method";
            case 413, 431 -> "The request is too large";
            case 503 -> "The service is not available for the moment; try again shortly";
            default -> status >= 500 ? "The server failed to answer this request" : reason;
        };
        return new EdgeProblem(status, reason == null ? "Error " + status : reason, detail);
    }
}
