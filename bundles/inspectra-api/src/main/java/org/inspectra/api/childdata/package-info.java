/**
 * Child-level data: the lists a local authority supplies (Annex A, {@code 000 §255-263}), imported whole, validated
 * field by field, and read back child by child. Names are never stored.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.inspectra.api.childdata;
