/**
 * Retention of child-level data: the rows of an inspection's child-level lists are personal data about children,
 * deleted a set number of days after the inspection is published; evidence, findings, judgements and the report stay.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.retention;
