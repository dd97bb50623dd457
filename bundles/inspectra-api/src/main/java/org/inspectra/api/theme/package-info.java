/** The service provider interface a deep-dive theme bundle implements ({@code 003 §4}, Annex A): a theme's criteria, the list of children it looks at, its information request and the hints for choosing children, as data beside the framework it serves; and the themes installed in the running platform. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.theme;
