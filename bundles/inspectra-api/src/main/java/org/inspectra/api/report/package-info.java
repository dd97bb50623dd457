/** Reports and letters: rendered from the inspection's record with the framework's own templates. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.inspectra.api.report;
