/** The access log of children's data: recorded off the reading thread in batches, read by administrators. */
package org.inspectra.childdata.access;
