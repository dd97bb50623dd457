package org.inspectra.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.evidence.PersonalDataGuard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Passes the text of evidence and findings through every registered {@link PersonalDataGuard}. By default what the
 * guards find comes back as warnings; an administrator can make the screen refuse instead
 * ({@code etc/org.inspectra.privacy.cfg}: {@code onName = refuse}).
 */
@Component(service = PersonalDataScreen.class, configurationPid = "org.inspectra.privacy")
@Designate(ocd = PersonalDataScreen.Config.class)
public final class PersonalDataScreen {

    @ObjectClassDefinition(name = "Inspectra personal-data screen",
            description = "What to do when evidence or a finding looks like it names a person (000 §192)")
    public @interface Config {
        @AttributeDefinition(description = "warn: store and warn; refuse: refuse with 422",
                options = {@Option(value = "warn", label = "Warn"), @Option(value = "refuse", label = "Refuse")})
        String onName() default "warn";
    }

    private final List<PersonalDataGuard> guards = new CopyOnWriteArrayList<>();
    private volatile boolean refuse;

    @Activate
    public PersonalDataScreen(Config config) {
        configure(config);
    }

    @Modified
    void configure(Config config) {
        refuse = "refuse".equalsIgnoreCase(config.onName().strip());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGuard(PersonalDataGuard guard) {
        guards.add(guard);
    }

    void removeGuard(PersonalDataGuard guard) {
        guards.remove(guard);
    }

    /**
     * Screens one field's text.
     *
     * @return warnings, each naming the field
     * @throws RuleViolationException where a guard finds a name and the screen refuses
     */
    public List<String> screen(String field, String text) {
        List<String> findings = new ArrayList<>();
        for (PersonalDataGuard guard : guards) {
            guard.findNames(text).forEach(f -> findings.add(field + ": " + f));
        }
        if (refuse && !findings.isEmpty()) {
            throw new RuleViolationException("Evidence and findings name no one (000 §192)", findings.stream()
                    .map(f -> new Violation(field, "looks-like-a-name", f)).toList());
        }
        return findings;
    }
}
