/** Browser sessions: signed in once against the realm, then a cookie; kept in the database so any node serves them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.session;
