/** Concern referrals: serious issues and inappropriate service offers referred to the local authority. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.inspectra.api.concern;
