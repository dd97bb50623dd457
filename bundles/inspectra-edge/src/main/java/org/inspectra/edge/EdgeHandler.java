package org.inspectra.edge;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;

/**
 * The first handler of the HTTP server (Pax Web puts Jetty {@link Handler} services of positive ranking before every
 * context): refuses what {@link EdgeRules} refuses as a problem document, and makes every error page Jetty writes
 * itself a {@link ProblemErrorHandler}, the server's (for malformed requests) and each context's (for errors without a
 * page of their own). Contexts come and go with the bundles that register servlets, so each request checks them; a
 * context already done costs one type check.
 */
@Component(service = Handler.class, property = "service.ranking:Integer=100")
public final class EdgeHandler extends AbstractHandler {

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server != null) {
            for (ErrorHandler existing : server.getBeans(ErrorHandler.class)) {
                if (!(existing instanceof ProblemErrorHandler)) {
                    server.removeBean(existing);
                }
            }
            if (server.getBean(ProblemErrorHandler.class) == null) {
                server.addBean(new ProblemErrorHandler());
            }
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        coverContexts();
        Optional<EdgeProblem> refusal = EdgeRules.refusal(request.getMethod(), request.getContentType(),
                request.getQueryString());
        if (refusal.isEmpty()) {
            return;
        }
        EdgeProblem problem = refusal.get();
        byte[] body = problem.bytes();
        response.setStatus(problem.status());
        if (problem.status() == 405) {
            response.setHeader("Allow", EdgeRules.ALLOW);
        }
        response.setContentType(EdgeProblem.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    private void coverContexts() {
        Server server = getServer();
        if (server == null) {
            return;
        }
        for (Handler h : server.getChildHandlersByClass(ContextHandler.class)) {
            ContextHandler context = (ContextHandler) h;
            ErrorHandler current = context.getErrorHandler();
            if (!(current instanceof ProblemErrorHandler)) {
                synchronized (context) {
                    if (!(context.getErrorHandler() instanceof ProblemErrorHandler)) {
                        context.setErrorHandler(ProblemErrorHandler.replacing(current));
                    }
                }
            }
        }
    }
}
