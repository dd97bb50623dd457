/** The documents an inspection asks the local authority for, as a checklist it marks supplied. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.document;
