package org.inspectra.rest.metrics;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.inspectra.api.childdata.ImportResult;

/**
 * The server's meters, read by {@code GET /metrics} in Prometheus's text format: requests by route and status (see
 * {@link RequestMetrics}), child-list imports, framework and theme deployments, the JVM and the connection pool.
 * One registry per REST server, closed with it; nothing is static.
 */
public final class ServerMetrics implements AutoCloseable {

    /**
     * commons-pool2 registers each pool it creates on JMX (pax-jdbc's dbcp2 pool leaves that on), in a domain named
     * after the package it was loaded from: {@code org.ops4j.pax.jdbc.pool.dbcp2}, where pax-jdbc embeds it.
     */
    private static final String POOLS = "*:type=GenericObjectPool,*";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final RequestMetrics requests = new RequestMetrics(registry);
    private final MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
    private final AtomicInteger frameworks = new AtomicInteger();
    private final AtomicInteger themes = new AtomicInteger();
    private final Counter frameworkDeployments;
    private final Counter themeDeployments;

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        frameworkDeployments = deployments("framework", frameworks);
        themeDeployments = deployments("theme", themes);
        for (String state : new String[] {"active", "idle", "max"}) {
            Gauge.builder("inspectra.db.pool.connections", this, m -> m.pool(state))
                    .description("Connections of the database pool: active (lent out), idle, max (the limit)")
                    .tag("state", state)
                    .register(registry);
        }
        Gauge.builder("inspectra.db.pool.waiting", this, m -> m.pool("waiting"))
                .description("Requests waiting for a connection of the database pool")
                .register(registry);
    }

    private Counter deployments(String kind, AtomicInteger installed) {
        Gauge.builder("inspectra.deployed", installed, AtomicInteger::get)
                .description("Framework or theme versions registered now").tag("kind", kind).register(registry);
        return Counter.builder("inspectra.deployments")
                .description("Framework or theme versions registered since the server started: at start, through "
                        + "POST /admin/frameworks, inspectra:framework-deploy or a Karaf feature")
                .tag("kind", kind).register(registry);
    }

    public RequestMetrics requests() {
        return requests;
    }

    /** A framework version ({@code framework}) or a deep-dive theme version ({@code theme}) came or went. */
    public void registered(boolean theme, boolean came) {
        AtomicInteger installed = theme ? themes : frameworks;
        if (came) {
            installed.incrementAndGet();
            (theme ? themeDeployments : frameworkDeployments).increment();
        } else {
            installed.decrementAndGet();
        }
    }

    /** One child-list upload, finished: its outcome (completed, refused, failed), rows and time. */
    public void imported(String outcome, ImportResult result, long nanos) {
        Timer.builder("inspectra.child.list.imports")
                .description("Child-list uploads by outcome, with their duration")
                .tag("outcome", outcome).register(registry).record(Duration.ofNanos(nanos));
        if (result != null) {
            rows("accepted").increment(result.accepted());
            rows("rejected").increment(result.rejected());
        }
    }

    private Counter rows(String kind) {
        return Counter.builder("inspectra.child.list.import.rows")
                .description("Rows read from child-list uploads: accepted (stored) or rejected (reported)")
                .tags(Tags.of("result", kind)).register(registry);
    }

    /** Prometheus's text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    MeterRegistry registry() {
        return registry;
    }

    /** The sum of an attribute over the pools registered now (one datasource: one pool); NaN where there is none. */
    private double pool(String state) {
        String attribute = switch (state) {
            case "active" -> "NumActive";
            case "idle" -> "NumIdle";
            case "waiting" -> "NumWaiters";
            default -> "MaxTotal";
        };
        try {
            Set<ObjectName> pools = mbeans.queryNames(new ObjectName(POOLS), null);
            if (pools.isEmpty()) {
                return Double.NaN;
            }
            double sum = 0;
            for (ObjectName pool : pools) {
                sum += ((Number) mbeans.getAttribute(pool, attribute)).doubleValue();
            }
            return sum;
        } catch (Exception | LinkageError e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
