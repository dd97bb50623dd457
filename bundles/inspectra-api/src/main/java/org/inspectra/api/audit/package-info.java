/** Reading the audit trail: who changed what, when, before and after. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.inspectra.api.audit;
