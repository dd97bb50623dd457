package org.inspectra.core.registry;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.TooLargeException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.registry.Deployment;
import org.inspectra.api.registry.FrameworkAdministration;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.InstalledFramework;
import org.inspectra.api.registry.InstalledTheme;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.registry.RemovalOutcome;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.api.store.BundleArchiveStore;
import org.inspectra.api.store.FrameworkStatusStore;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.api.theme.ThemeRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys framework and deep-dive theme bundles over the API and retires or removes framework versions. A theme
 * bundle is deployed the same way as a framework bundle; a new version of a theme is offered to new inspections while
 * those in flight keep the version they pinned.
 *
 * <p>Every node of a cluster serves what any node deployed: a deployed bundle's archive is stored once in the
 * database ({@link BundleArchiveStore}, with its checksum, who and when) and a removed one is marked removed there.
 * Each node catches up ({@link #catchUp}) when it starts, when the store tells it another node changed something
 * (PostgreSQL LISTEN/NOTIFY), and every {@code syncSeconds} as a safety net: it installs what it lacks, updates what
 * was redeployed and uninstalls what was removed. Deploying and catching up take one lock, so they never interleave.
 */
@Component(service = FrameworkAdministration.class, configurationPid = "org.inspectra.admin", immediate = true)
@Designate(ocd = BundleFrameworkAdministration.Config.class)
public final class BundleFrameworkAdministration implements FrameworkAdministration {

    @ObjectClassDefinition(name = "Inspectra framework administration")
    public @interface Config {
        @AttributeDefinition(description = "Largest framework bundle accepted, in bytes")
        long maxBundleBytes() default 50L * 1024 * 1024;

        @AttributeDefinition(description = "How long to wait for a deployed bundle to register its frameworks or "
                + "themes, in ms")
        long registrationTimeoutMillis() default 30_000;

        @AttributeDefinition(description = "How often a node checks the stored bundles for changes it was not told "
                + "of, in seconds")
        long syncSeconds() default 15;
    }

    private static final Logger LOG = LoggerFactory.getLogger(BundleFrameworkAdministration.class);
    /** Under the bundle's data folder: by name/version, the checksum of the archive each was installed from here. */
    private static final String APPLIED = "stored-bundles.properties";

    private static final String LOCATION_PREFIX = "inspectra:framework/";

    private final BundleContext context;
    private final FrameworkRegistry registry;
    private final ThemeRegistry themes;
    private final InspectionStore inspections;
    private final FrameworkStatusStore statusStore;
    private final AuditTrail audit;
    private final BundleArchiveStore archives;
    private final Config config;
    private final Clock clock = Clock.systemUTC();
    /** Deploying, removing and catching up install and uninstall bundles: one at a time. */
    private final Object bundleLock = new Object();
    private final ScheduledExecutorService sync;
    private final AutoCloseable listening;

    @Activate
    public BundleFrameworkAdministration(BundleContext context, @Reference FrameworkRegistry registry,
                                         @Reference ThemeRegistry themes, @Reference InspectionStore inspections,
                                         @Reference FrameworkStatusStore statusStore, @Reference AuditTrail audit,
                                         @Reference BundleArchiveStore archives, Config config) {
        this.context = context;
        this.registry = registry;
        this.themes = themes;
        this.inspections = inspections;
        this.statusStore = statusStore;
        this.audit = audit;
        this.archives = archives;
        this.config = config;
        this.sync = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inspectra-bundle-sync");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, config.syncSeconds());
        sync.scheduleWithFixedDelay(this::catchUpQuietly, 0, every, TimeUnit.SECONDS);
        this.listening = archives.onChange(() -> sync.execute(this::catchUpQuietly));
    }

    @Deactivate
    void stop() {
        try {
            listening.close();
        } catch (Exception e) {
            LOG.debug("Stopping the bundle listener", e);
        }
        sync.shutdownNow();
    }

    /**
     * Installs what other nodes deployed and this node lacks, updates what they redeployed and uninstalls what they
     * removed; answers the steps taken.
     */
    int catchUp() {
        synchronized (bundleLock) {
            Map<String, String> applied = applied();
            List<BundleSyncPlan.Local> local = new ArrayList<>();
            for (Bundle b : context.getBundles()) {
                if (b.getSymbolicName() != null) {
                    local.add(new BundleSyncPlan.Local(b.getSymbolicName(), b.getVersion().toString(),
                            b.getBundleId()));
                }
            }
            List<BundleSyncPlan.Step> steps = BundleSyncPlan.plan(archives.list(), local, applied);
            for (BundleSyncPlan.Step step : steps) {
                BundleArchiveStore.StoredBundle s = step.stored();
                String key = BundleSyncPlan.key(s.symbolicName(), s.version());
                try {
                    switch (step.kind()) {
                        case INSTALL -> {
                            try (InputStream in = archives.archive(s.symbolicName(), s.version())) {
                                context.installBundle(LOCATION_PREFIX + key, in).start();
                            }
                            applied.put(key, s.checksum());
                        }
                        case UPDATE -> {
                            Bundle bundle = context.getBundle(step.local().bundleId());
                            try (InputStream in = archives.archive(s.symbolicName(), s.version())) {
                                bundle.update(in);
                            }
                            bundle.start();
                            applied.put(key, s.checksum());
                        }
                        case UNINSTALL -> {
                            Bundle bundle = context.getBundle(step.local().bundleId());
                            if (bundle != null) {
                                bundle.uninstall();
                            }
                            applied.remove(key);
                        }
                    }
                    LOG.info("Bundle {} {}: {} as stored by {} at {}", s.symbolicName(), s.version(),
                            step.kind().name().toLowerCase(java.util.Locale.ROOT), s.by(), s.at());
                } catch (BundleException | IOException | RuntimeException e) {
                    LOG.warn("Bundle {} {} could not be brought in step ({}): {}", s.symbolicName(), s.version(),
                            step.kind(), e.getMessage());
                }
            }
            saveApplied(applied);
            return steps.size();
        }
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next check tries again.
            LOG.warn("Checking the stored bundles failed: {}", e.getMessage());
        }
    }

    private Map<String, String> applied() {
        Properties properties = new Properties();
        File file = context.getDataFile(APPLIED);
        if (file != null && file.isFile()) {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                properties.load(in);
            } catch (IOException e) {
                LOG.warn("{} could not be read; stored bundles will be installed again", file, e);
            }
        }
        Map<String, String> applied = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> applied.put(k, properties.getProperty(k)));
        return applied;
    }

    private void saveApplied(Map<String, String> applied) {
        File file = context.getDataFile(APPLIED);
        if (file == null) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(applied);
        try (OutputStream out = Files.newOutputStream(file.toPath())) {
            properties.store(out, "Checksums of the stored bundles this node installed");
        } catch (IOException e) {
            LOG.warn("{} could not be written", file, e);
        }
    }

    @Override
    public List<InstalledFramework> installed() {
        Map<FrameworkKey, InspectionStore.PinCount> pins = inspections.pinCounts();
        return registry.all().stream().map(f -> {
            InspectionStore.PinCount count = pins.getOrDefault(f.key(), new InspectionStore.PinCount(0, 0));
            return new InstalledFramework(f, count.open(), count.all());
        }).toList();
    }

    @Override
    public List<InstalledTheme> installedThemes() {
        Map<String, List<Inspection>> byFramework = new HashMap<>();
        return themes.all().stream().map(t -> {
            List<Inspection> pinning = byFramework.computeIfAbsent(t.key().framework(),
                            f -> inspections.search(new InspectionQuery(null, f, null))).stream()
                    .filter(i -> t.key().id().equals(i.theme()) && t.key().version().equals(i.themeVersion()))
                    .toList();
            return new InstalledTheme(t, pinning.stream().filter(i -> i.status().open()).count(),
                    pinning.size());
        }).toList();
    }

    @Override
    public Deployment deploy(InputStream archive, Caller caller) {
        requireAdmin(caller);
        synchronized (bundleLock) {
            return deployLocked(archive, caller);
        }
    }

    private Deployment deployLocked(InputStream archive, Caller caller) {
        Path file = null;
        try {
            file = Files.createTempFile("inspectra-framework", ".jar");
            String checksum = copyWithLimit(archive, file);
            BundleIdentity identity = identify(file);
            Bundle existing = findInstalled(identity);
            Bundle bundle;
            boolean fresh = existing == null;
            try (InputStream in = Files.newInputStream(file)) {
                if (fresh) {
                    bundle = context.installBundle(LOCATION_PREFIX + identity.symbolicName() + "/" + identity.version(),
                            in);
                } else {
                    existing.update(in);
                    bundle = existing;
                }
            }
            try {
                bundle.start();
            } catch (BundleException e) {
                if (fresh) {
                    uninstallQuietly(bundle);
                }
                throw new InvalidInputException("The bundle could not be started: " + e.getMessage(),
                        List.of(new Violation("bundle", "not-startable", e.getMessage())));
            }
            Deployment provided = awaitServices(bundle);
            if (provided.isEmpty()) {
                if (fresh) {
                    uninstallQuietly(bundle);
                }
                throw new InvalidInputException("The bundle registers no Inspectra framework or theme",
                        List.of(new Violation("bundle", "no-framework",
                                "Bundle " + identity.symbolicName() + " " + identity.version()
                                        + " registered no InspectionFramework or DeepDiveTheme service within "
                                        + config.registrationTimeoutMillis() + " ms")));
            }
            // Stored once it has proved itself here, so the other nodes install it too.
            String key = BundleSyncPlan.key(identity.symbolicName(), identity.version().toString());
            try {
                archives.store(new BundleArchiveStore.StoredBundle(identity.symbolicName(),
                        identity.version().toString(), checksum, Files.size(file), caller.user(), clock.instant(),
                        false), file);
            } catch (RuntimeException e) {
                if (fresh) {
                    uninstallQuietly(bundle);
                }
                throw e;
            }
            Map<String, String> applied = applied();
            applied.put(key, checksum);
            saveApplied(applied);
            for (RegisteredFramework f : provided.frameworks()) {
                audit.record(new AuditEntry(clock.instant(), caller.user(), "framework.deployed",
                        "framework/" + f.key(), null, identity.toString()));
            }
            for (RegisteredTheme t : provided.themes()) {
                audit.record(new AuditEntry(clock.instant(), caller.user(), "theme.deployed",
                        "theme/" + t.key(), null, identity.toString()));
            }
            return provided;
        } catch (IOException e) {
            throw new InvalidInputException("The upload could not be read: " + e.getMessage());
        } catch (BundleException e) {
            throw new InvalidInputException("The archive is not an installable OSGi bundle: " + e.getMessage(),
                    List.of(new Violation("bundle", "not-a-bundle", e.getMessage())));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    @Override
    public RemovalOutcome remove(String frameworkId, String version, boolean retire, Caller caller) {
        requireAdmin(caller);
        RegisteredFramework framework = registry.find(frameworkId, version)
                .orElseThrow(() -> new NotFoundException("No framework " + frameworkId + " version " + version
                        + " is installed"));
        InspectionStore.PinCount pins = inspections.pinCounts()
                .getOrDefault(framework.key(), new InspectionStore.PinCount(0, 0));
        if (pins.open() > 0 && !retire) {
            throw new ConflictException(pins.open() + " open inspection(s) pin " + framework.key()
                    + "; retire it instead (?retire=true) to stop new inspections on it and keep it for them");
        }
        long othersInBundle = registry.all().stream()
                .filter(f -> f.bundle().id() == framework.bundle().id() && !f.key().equals(framework.key()))
                .count();
        if (retire || pins.all() > 0 || othersInBundle > 0) {
            statusStore.retire(framework.key(), new AuditEntry(clock.instant(), caller.user(), "framework.retired",
                    "framework/" + framework.key(), framework.status().id(), "retired"));
            return RemovalOutcome.RETIRED;
        }
        uninstallEverywhere(framework.bundle().id(), "The bundle of " + framework.key(), caller);
        audit.record(new AuditEntry(clock.instant(), caller.user(), "framework.uninstalled",
                "framework/" + framework.key(), framework.bundle().symbolicName() + " "
                + framework.bundle().version(), null));
        return RemovalOutcome.UNINSTALLED;
    }

    @Override
    public void removeTheme(String frameworkId, String themeId, String version, Caller caller) {
        requireAdmin(caller);
        RegisteredTheme theme = themes.find(frameworkId, themeId, version)
                .orElseThrow(() -> new NotFoundException("No theme " + themeId + " version " + version + " of "
                        + frameworkId + " is installed"));
        long bundleId = theme.bundle().id();
        List<RegisteredTheme> inBundle = themes.all().stream().filter(t -> t.bundle().id() == bundleId).toList();
        registry.all().stream().filter(f -> f.bundle().id() == bundleId).findFirst().ifPresent(f -> {
            throw new ConflictException("The bundle of theme " + theme.key() + " also provides framework " + f.key()
                    + "; remove the framework version instead");
        });
        long pinning = inspections.search(new InspectionQuery(null, frameworkId, null)).stream()
                .filter(i -> inBundle.stream().anyMatch(t -> t.key().framework().equals(i.framework().id())
                        && t.key().id().equals(i.theme()) && t.key().version().equals(i.themeVersion())))
                .count();
        if (pinning > 0) {
            throw new ConflictException(pinning + " inspection(s) pin " + (inBundle.size() == 1 ? "theme "
                    + theme.key() : "themes of the bundle of " + theme.key()) + " and keep its criteria for life");
        }
        uninstallEverywhere(bundleId, "The bundle of theme " + theme.key(), caller);
        for (RegisteredTheme t : inBundle) {
            audit.record(new AuditEntry(clock.instant(), caller.user(), "theme.uninstalled", "theme/" + t.key(),
                    theme.bundle().symbolicName() + " " + theme.bundle().version(), null));
        }
    }

    /** Marks the bundle removed in the store, so every node uninstalls it, then uninstalls it here. */
    private void uninstallEverywhere(long bundleId, String what, Caller caller) {
        synchronized (bundleLock) {
            Bundle bundle = context.getBundle(bundleId);
            if (bundle == null) {
                return;
            }
            archives.remove(bundle.getSymbolicName(), bundle.getVersion().toString(), caller.user(), clock.instant());
            try {
                bundle.uninstall();
            } catch (BundleException e) {
                throw new ConflictException(what + " could not be uninstalled: " + e.getMessage());
            }
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only administrators deploy and remove frameworks");
        }
    }

    /** Copies the upload to {@code file}; answers its SHA-256, hex. */
    private String copyWithLimit(InputStream in, Path file) throws IOException {
        long limit = config.maxBundleBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw new TooLargeException("The bundle is larger than the limit of " + limit + " bytes");
                }
                out.write(buffer, 0, n);
                sha256.update(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new InvalidInputException("The request carries no bundle",
                    List.of(new Violation("bundle", "required", "send the framework bundle (a JAR) as the body")));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static BundleIdentity identify(Path file) throws IOException {
        Manifest manifest;
        try (JarInputStream jar = new JarInputStream(Files.newInputStream(file))) {
            manifest = jar.getManifest();
        }
        String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (name == null) {
            throw new InvalidInputException("The archive is not an OSGi bundle",
                    List.of(new Violation("bundle", "not-a-bundle",
                            "a JAR whose manifest has a Bundle-SymbolicName is expected")));
        }
        String version = manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION);
        return new BundleIdentity(name.split(";")[0].trim(), Version.parseVersion(version));
    }

    private Bundle findInstalled(BundleIdentity identity) {
        for (Bundle b : context.getBundles()) {
            if (identity.symbolicName().equals(b.getSymbolicName()) && identity.version().equals(b.getVersion())) {
                return b;
            }
        }
        return null;
    }

    private Deployment awaitServices(Bundle bundle) {
        long deadline = System.nanoTime() + config.registrationTimeoutMillis() * 1_000_000;
        while (true) {
            Deployment provided = new Deployment(
                    registry.all().stream().filter(f -> f.bundle().id() == bundle.getBundleId()).toList(),
                    themes.all().stream().filter(t -> t.bundle().id() == bundle.getBundleId()).toList());
            if (!provided.isEmpty() || System.nanoTime() > deadline) {
                return provided;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return provided;
            }
        }
    }

    private static void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException ignored) {
            // the refusal already explains the failure
        }
    }

    private record BundleIdentity(String symbolicName, Version version) {
        @Override
        public String toString() {
            return symbolicName + " " + version;
        }
    }
}
