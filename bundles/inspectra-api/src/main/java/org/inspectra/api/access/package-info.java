/**
 * Who read children's data: every read of a child's rows, a child's chronology, a list's rows or the data-quality
 * findings is recorded (who, when, which inspection, which child or list) and read back by administrators.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.access;
