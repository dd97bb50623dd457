/** Domain failures with the HTTP meaning the REST layer gives them (API.md, Errors). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.error;
