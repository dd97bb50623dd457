/** The frameworks installed in the running platform, several versions of one framework side by side, and their administration. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.inspectra.api.registry;
