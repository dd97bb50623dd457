package org.inspectra.api.registry;

import java.io.InputStream;
import java.util.List;

import org.inspectra.api.security.Caller;

/** Deploying, listing and retiring framework bundles at runtime (API.md, Administration). */
@org.osgi.annotation.versioning.ProviderType
public interface FrameworkAdministration {

    /** Installed versions with their bundle and the inspections that pin them. */
    List<InstalledFramework> installed();

    /** Every installed deep-dive theme version with its bundle and the inspections that pin it. */
    List<InstalledTheme> installedThemes();

    /**
     * Installs (or, for a bundle already installed with the same symbolic name and version, updates) a framework or
     * deep-dive theme bundle and starts it; returns once the framework and theme versions it provides are registered.
     *
     * @throws org.inspectra.api.error.InvalidInputException where the archive is not a bundle or provides neither a
     *                                                       framework nor a theme
     */
    Deployment deploy(InputStream bundleArchive, Caller caller);

    /**
     * Removes a version. Refused with a conflict while open inspections pin it, unless {@code retire} is set, which
     * keeps it for the inspections in flight and stops new ones on it. A version no inspection pins is uninstalled;
     * one that only closed inspections pin is retired, so they keep their framework.
     */
    RemovalOutcome remove(String frameworkId, String version, boolean retire, Caller caller);

    /**
     * Uninstalls the bundle of a deep-dive theme version, and with it the other theme versions it provides. Refused
     * with a conflict while any inspection pins one of them (an inspection keeps its theme's criteria for life) or
     * where the bundle also provides a framework.
     *
     * @throws org.inspectra.api.error.NotFoundException where no such theme version is installed
     */
    void removeTheme(String frameworkId, String themeId, String version, Caller caller);
}
