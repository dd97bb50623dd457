/** Retention of child-level rows after publication: a scheduled, audited deletion that can be previewed. */
package org.inspectra.childdata.retention;
