/** Judgements: grades on the pinned framework's scale, held to its hard rules, warned by its soft ones. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.inspectra.api.judgement;
