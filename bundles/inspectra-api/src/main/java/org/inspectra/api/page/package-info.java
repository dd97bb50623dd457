/**
 * Paging of lists that grow with use (API.md, Paging): a page is read after a position in the list's own order, never
 * by counting rows, so it stays the same whatever is written meanwhile.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.page;
