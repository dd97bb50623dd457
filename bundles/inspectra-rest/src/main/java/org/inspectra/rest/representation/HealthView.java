package org.inspectra.rest.representation;

/** The health check: {@code up} once storage, frameworks and the API are all in service. */
public record HealthView(String status, int frameworks) {
}
