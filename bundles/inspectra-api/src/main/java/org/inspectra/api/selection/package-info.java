/**
 * Choosing the children whose experiences inspectors track: a framework's selection rules propose children from the
 * child-level lists, each with its reason; the lead inspector accepts, swaps or adds, and the accepted choice is kept.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.inspectra.api.selection;
