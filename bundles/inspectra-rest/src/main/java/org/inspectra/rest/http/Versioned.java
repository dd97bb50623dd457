package org.inspectra.rest.http;

/** A representation of a single resource that changes, whose version becomes its entity tag. */
public interface Versioned {

    long entityVersion();
}
