/**
 * The persistence unit's entities: rows of the schema Flyway makes ({@code org/inspectra/persistence/migration}),
 * turned into the API's records by the stores and never handed out themselves.
 *
 * <p>Every entity is mapped {@code @Proxy(lazy = false)}. No entity refers to another (the stores join by key), and
 * nothing asks for a reference without loading it ({@code getReference}), so no lazy-loading proxy is ever made; but
 * Hibernate would still generate a proxy class for each lazy entity with Byte Buddy while it builds the factory. That
 * was over half of building the session factory at boot, measured with JFR (docs/performance.md, Boot).
 * {@code EntityProxiesTest} checks every entity of the unit.
 */
package org.inspectra.persistence.entity;
