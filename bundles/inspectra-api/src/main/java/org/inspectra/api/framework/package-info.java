/** The service provider interface a framework bundle implements: a published framework version as data (criteria, grade scale, judgements, milestone rules, child-list specifications) plus small rule classes. Everything here cites its seed paragraph. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.inspectra.api.framework;
