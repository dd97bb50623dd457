package org.inspectra.rest.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;

/**
 * What a JAAS realm's answers depend on, cheaply compared: its login modules with their options, and the size and time
 * of every file an option names (Karaf's properties realm reads {@code etc/users.properties}). A user added, removed
 * or given another password, or the realm replaced, changes it.
 */
public final class RealmState implements Supplier<List<Object>> {

    /** How long a reading of the state is reused: a change is seen within this time. */
    static final long REUSED_NANOS = 250_000_000L;

    private final String realm;
    private volatile Reading last;

    private record Reading(List<Object> state, long at) {
    }

    public RealmState(String realm) {
        this.realm = realm;
    }

    @Override
    public List<Object> get() {
        Reading known = last;
        long now = System.nanoTime();
        if (known != null && now - known.at() < REUSED_NANOS) {
            return known.state();
        }
        List<Object> state = read();
        last = new Reading(state, now);
        return state;
    }

    private List<Object> read() {
        List<Object> state = new ArrayList<>();
        AppConfigurationEntry[] entries = Configuration.getConfiguration().getAppConfigurationEntry(realm);
        if (entries == null) {
            return state;
        }
        for (AppConfigurationEntry entry : entries) {
            state.add(entry.getLoginModuleName());
            state.add(entry.getControlFlag().toString());
            for (Map.Entry<String, ?> option : entry.getOptions().entrySet()) {
                state.add(option.getKey() + "=" + option.getValue());
                file(option.getValue()).ifPresent(state::add);
            }
        }
        return state;
    }

    /** The size and time of the file an option names, where it names one. */
    private static java.util.Optional<String> file(Object value) {
        if (!(value instanceof String text) || text.isEmpty() || text.indexOf('/') < 0) {
            return java.util.Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(Path.of(text), BasicFileAttributes.class);
            return java.util.Optional.of(attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
        } catch (IOException | InvalidPathException | UnsupportedOperationException notAFile) {
            return java.util.Optional.empty();
        }
    }
}
