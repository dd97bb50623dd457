/** Lines of enquiry: what the team sets out to find out, closed by the lead inspector. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.enquiry;
