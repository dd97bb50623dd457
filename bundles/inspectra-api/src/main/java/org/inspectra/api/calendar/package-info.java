/** Working days in England, the unit every framework timeline counts in (DOMAIN.md, Days). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.inspectra.api.calendar;
