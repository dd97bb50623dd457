/** Requests for further information from the local authority (Annex B). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.inspectra.api.request;
