/**
 * Data quality of child-level lists: consistency rules, each with a stable code, run across an inspection's lists
 * after every upload and on demand (API.md, Child-level data), and the SPI through which a framework adds its own.
 * A finding rejects nothing the import accepted: it is for the lead inspector and the local authority to correct.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.quality;
