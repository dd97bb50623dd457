package org.inspectra.rest.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.model.URITemplate;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;

/**
 * Times every request of the API by method, route and status ({@code http_server_requests_seconds}). The route is the
 * JAX-RS template CXF matched ({@code /inspections/{id}/evidence}), never the path with its ids, so the number of
 * series stays bounded; requests answered before a resource was matched (no or bad credentials, a refused query
 * parameter) count under the route {@value #UNMATCHED}.
 *
 * <p>Cheap per request: the timers of a route are looked up by the matched operation (an identity key) in a map and
 * by status in an array, both filled on first use; recording is Micrometer's lock-free add.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String UNMATCHED = "unmatched";
    private static final String START = RequestMetrics.class.getName() + ".start";

    private final MeterRegistry registry;
    private final Map<OperationResourceInfo, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, Route> unmatched = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(START) instanceof Long start)) {
            return;
        }
        long nanos = System.nanoTime() - start;
        Message message = JAXRSUtils.getCurrentMessage();
        OperationResourceInfo operation = message == null ? null
                : message.getExchange().get(OperationResourceInfo.class);
        Route route = operation == null
                ? unmatched.computeIfAbsent(request.getMethod(), method -> new Route(method, UNMATCHED))
                : routes.computeIfAbsent(operation, RequestMetrics::route);
        route.timer(registry, response.getStatus()).record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Route route(OperationResourceInfo operation) {
        ClassResourceInfo resource = operation.getClassResourceInfo();
        String template = join(resource == null ? null : resource.getURITemplate(), operation.getURITemplate());
        return new Route(operation.getHttpMethod() == null ? "*" : operation.getHttpMethod(), template);
    }

    private static String join(URITemplate resource, URITemplate method) {
        String path = (resource == null ? "" : "/" + resource.getValue()) + (method == null ? "" : "/" + method.getValue());
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** One route's timers, by status code (100–599; anything else shares the last slot). */
    private static final class Route {
        private final String method;
        private final String template;
        private final AtomicReferenceArray<Timer> byStatus = new AtomicReferenceArray<>(501);

        Route(String method, String template) {
            this.method = method;
            this.template = template;
        }

        Timer timer(MeterRegistry registry, int status) {
            int slot = status >= 100 && status < 600 ? status - 100 : 500;
            Timer timer = byStatus.get(slot);
            if (timer == null) {
                // Registering twice at once is harmless: the registry hands both the same timer.
                timer = Timer.builder("http.server.requests")
                        .description("Requests to the REST API by method, route (the JAX-RS template) and status")
                        .tag("method", method).tag("route", template)
                        .tag("status", slot == 500 ? "other" : Integer.toString(status))
                        .register(registry);
                byStatus.set(slot, timer);
            }
            return timer;
        }
    }
}
