/** Evidence records: what inspectors saw, against the pinned framework's criteria, naming no one. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package org.inspectra.api.evidence;
