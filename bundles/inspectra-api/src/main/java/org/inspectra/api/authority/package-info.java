/** Local authorities, the bodies inspected. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.inspectra.api.authority;
