/** The persistence SPI: what core needs from storage. Each write method is one transaction and records its audit entry in it. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("3.3.0")
package org.inspectra.api.store;
