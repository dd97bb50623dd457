package org.inspectra.core.authority;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.authority.LocalAuthorityChange;
import org.inspectra.api.authority.LocalAuthorityService;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.LocalAuthorityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Local authorities, kept by the store; only administrators create or rename them. */
@Component(service = LocalAuthorityService.class)
public final class StoredLocalAuthorityService implements LocalAuthorityService {

    /** The DfE local authority number: three digits (API.md, Local authorities). */
    private static final Pattern CODE = Pattern.compile("\\d{3}");
    static final int MAX_NAME = 200;

    private final LocalAuthorityStore store;
    private final Clock clock;

    @Activate
    public StoredLocalAuthorityService(@Reference LocalAuthorityStore store) {
        this(store, Clock.systemUTC());
    }

    StoredLocalAuthorityService(LocalAuthorityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public LocalAuthorityChange createOrRename(String code, String name, Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only administrators create or rename local authorities");
        }
        List<Violation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(new Violation("code", "invalid-code",
                    "the local authority code is the DfE three-digit LA number, e.g. 330"));
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            violations.add(new Violation("name", "required", "the local authority needs a name"));
        } else if (trimmed.length() > MAX_NAME) {
            violations.add(new Violation("name", "too-long", "at most " + MAX_NAME + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The local authority was refused", violations);
        }
        LocalAuthority authority = new LocalAuthority(code, trimmed);
        Optional<LocalAuthority> before = store.find(code);
        boolean created = store.save(authority, new AuditEntry(clock.instant(), caller.user(),
                before.isPresent() ? "local-authority.renamed" : "local-authority.created",
                "local-authority/" + code, before.map(LocalAuthority::toString).orElse(null), authority.toString()));
        return new LocalAuthorityChange(authority, created);
    }

    @Override
    public Optional<LocalAuthority> find(String code) {
        return store.find(code);
    }

    @Override
    public Page<LocalAuthority> list(PageRequest page) {
        return store.list(page);
    }
}
