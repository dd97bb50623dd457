/** Who is calling: user and roles, as authenticated against the Karaf JAAS realm. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.security;
