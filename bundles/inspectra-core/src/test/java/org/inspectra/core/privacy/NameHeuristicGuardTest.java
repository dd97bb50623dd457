package org.inspectra.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;

import org.inspectra.api.error.RuleViolationException;
import org.junit.jupiter.api.Test;

/** 000 §192: "case reference numbers, initials and job titles" pass; names do not. */
class NameHeuristicGuardTest {

    private final NameHeuristicGuard guard = new NameHeuristicGuard();

    @Test
    void flagsNames() {
        assertThat(guard.findNames("Jayden Smith was seen alone by his social worker.")).singleElement()
                .asString().contains("'Jayden Smith'");
        assertThat(guard.findNames("The plan was agreed with Mrs Patel at the meeting.")).singleElement()
                .asString().contains("'Mrs Patel'");
        assertThat(guard.findNames("Visited by Dr. Okafor")).hasSize(1);
    }

    @Test
    void passesCaseReferencesInitialsAndJobTitles() {
        assertThat(guard.findNames("Child A (case 12345, JS) was seen by the Team Manager and the Independent "
                + "Reviewing Officer on Monday 3 June. The Local Authority Designated Officer was informed."))
                .isEmpty();
        assertThat(guard.findNames("Children's Services and the Police held a Strategy Discussion.")).isEmpty();
        assertThat(guard.findNames("")).isEmpty();
        assertThat(guard.findNames(null)).isEmpty();
    }

    @Test
    void theScreenWarnsByDefaultAndRefusesWhenMadeStrict() {
        PersonalDataScreen screen = new PersonalDataScreen(config("warn"));
        screen.addGuard(guard);
        assertThat(screen.screen("summary", "Jayden Smith was seen")).singleElement().asString()
                .startsWith("summary: ");
        screen.configure(config("refuse"));
        assertThatThrownBy(() -> screen.screen("summary", "Jayden Smith was seen"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations()).singleElement()
                        .satisfies(v -> assertThat(v.code()).isEqualTo("looks-like-a-name")));
        assertThat(screen.screen("summary", "Child B was seen by the team manager")).isEmpty();
        screen.removeGuard(guard);
        assertThat(screen.screen("summary", "Jayden Smith was seen")).isEmpty();
    }

    private static PersonalDataScreen.Config config(String onName) {
        return new PersonalDataScreen.Config() {
            @Override
            public String onName() {
                return onName;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PersonalDataScreen.Config.class;
            }
        };
    }
}
