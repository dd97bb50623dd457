/** Findings: strengths, areas for improvement and areas for priority action. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.inspectra.api.finding;
