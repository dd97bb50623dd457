/** Inspections: one inspection or visit of one local authority under one pinned framework version. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.3.0")
package org.inspectra.api.inspection;
