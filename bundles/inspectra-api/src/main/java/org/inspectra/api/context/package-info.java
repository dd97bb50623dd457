/** The context section of a report: facts about the local authority area, written for each inspection. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.api.context;
