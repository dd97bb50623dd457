package org.inspectra.core.concern;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.inspectra.api.concern.Concern;
import org.inspectra.api.concern.ConcernReferral;
import org.inspectra.api.concern.ConcernService;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ConcernStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.inspectra.core.privacy.CaseReferences;
import org.inspectra.core.privacy.PersonalDataScreen;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The concern referral workflow of {@code 003 §74} and Annex C: referred by an inspector, answered in writing by the
 * local authority by the date given, evaluated by the inspector, signed off by the DCS and the lead inspector. Each
 * step follows the one before; a signed-off concern no longer changes.
 */
@Component(service = ConcernService.class)
public final class StoredConcernService implements ConcernService {

    static final int MAX_TEXT = 10_000;

    private final ConcernStore store;
    private final InspectionLookup lookup;
    private final PersonalDataScreen screen;
    private final Clock clock;

    @Activate
    public StoredConcernService(@Reference ConcernStore store, @Reference InspectionLookup lookup,
                                @Reference PersonalDataScreen screen) {
        this(store, lookup, screen, Clock.systemUTC());
    }

    StoredConcernService(ConcernStore store, InspectionLookup lookup, PersonalDataScreen screen, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.screen = screen;
        this.clock = clock;
    }

    @Override
    public Concern refer(String inspectionId, ConcernReferral referral, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeamWrite(inspection, caller);
        List<Violation> refused = new ArrayList<>();
        if (referral.category() == null || (referral.category() != 1 && referral.category() != 2)) {
            refused.add(new Violation("category", "unknown-category",
                    "1 (a serious issue) or 2 (the service offer may not be appropriate), 003 Annex C"));
        }
        if (referral.caseReferences().isEmpty()) {
            refused.add(new Violation("caseReferences", "required", "the case references of the children concerned"));
        }
        refused.addAll(CaseReferences.violations("caseReferences", referral.caseReferences()));
        if (referral.referredOn() == null) {
            refused.add(new Violation("referredOn", "required", "the date of the referral"));
        }
        requireText("laTeam", referral.laTeam(), 200, refused);
        requireText("issues", referral.issues(), MAX_TEXT, refused);
        if (referral.responseDue() == null) {
            refused.add(new Violation("responseDue", "required", "when the local authority's response is due"));
        } else if (referral.referredOn() != null && referral.responseDue().isBefore(referral.referredOn())) {
            refused.add(new Violation("responseDue", "before-referral", "the response falls due after the referral"));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException("The concern referral was refused", refused);
        }
        screen.screen("issues", referral.issues());
        Concern concern = new Concern(UUID.randomUUID().toString(), inspectionId, referral.category(),
                referral.caseReferences(), caller.user(), referral.referredOn(), referral.laTeam().strip(),
                referral.issues().strip(), referral.responseDue(), null, null, null, null, 0);
        return store.insert(concern, audit(caller, "concern.referred", inspectionId, null, concern));
    }

    @Override
    public Concern respond(String inspectionId, String concernId, String response, Long expectedVersion,
                           Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireOpen(inspection);
        InspectionAccess.requireLink(inspection, caller);
        Concern current = open(inspectionId, concernId);
        if (current.evaluation() != null) {
            throw new ConflictException("The inspector has evaluated the response already; it can no longer change");
        }
        String text = text("response", response);
        screen.screen("response", text);
        Concern next = with(current, new Concern.Step(text, caller.user(), clock.instant()), current.evaluation(),
                current.dcsSignOff(), current.leadSignOff());
        return store.update(next, version(current, expectedVersion),
                audit(caller, "concern.answered", inspectionId, current, next));
    }

    @Override
    public Concern evaluate(String inspectionId, String concernId, String evaluation, Long expectedVersion,
                            Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeamWrite(inspection, caller);
        Concern current = open(inspectionId, concernId);
        if (current.response() == null) {
            throw new ConflictException("The local authority has not responded yet (due " + current.responseDue()
                    + ")");
        }
        if (current.dcsSignOff() != null || current.leadSignOff() != null) {
            throw new ConflictException("Sign-off has begun; the evaluation can no longer change");
        }
        String text = text("evaluation", evaluation);
        screen.screen("evaluation", text);
        Concern next = with(current, current.response(), new Concern.Step(text, caller.user(), clock.instant()),
                null, null);
        return store.update(next, version(current, expectedVersion),
                audit(caller, "concern.evaluated", inspectionId, current, next));
    }

    @Override
    public Concern signOff(String inspectionId, String concernId, String comment, Long expectedVersion,
                           Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireOpen(inspection);
        Concern current = open(inspectionId, concernId);
        if (current.evaluation() == null) {
            throw new ConflictException("The concern is signed off once the inspector has evaluated the response");
        }
        Concern.Step step = new Concern.Step(comment == null ? "" : comment.strip(), caller.user(), clock.instant());
        Concern next;
        String action;
        if (InspectionAccess.isLead(inspection, caller)) {
            if (current.leadSignOff() != null) {
                throw new ConflictException("The lead inspector has signed this concern off already");
            }
            next = with(current, current.response(), current.evaluation(), current.dcsSignOff(), step);
            action = "concern.signed-off-by-lead";
        } else if (caller.localAuthorities().contains(inspection.localAuthority())) {
            if (current.dcsSignOff() != null) {
                throw new ConflictException("The DCS's sign-off is recorded already");
            }
            next = with(current, current.response(), current.evaluation(), step, current.leadSignOff());
            action = "concern.signed-off-for-dcs";
        } else {
            throw new ForbiddenException("A concern is signed off by the DCS (through the authority's link person) "
                    + "and the inspection's lead inspector");
        }
        return store.update(next, version(current, expectedVersion),
                audit(caller, action, inspectionId, current, next));
    }

    @Override
    public Page<Concern> list(String inspectionId, PageRequest page, Caller caller) {
        InspectionAccess.requireTeamOrLink(lookup.inspection(inspectionId), caller);
        return store.list(inspectionId, page);
    }

    @Override
    public Concern find(String inspectionId, String concernId, Caller caller) {
        InspectionAccess.requireTeamOrLink(lookup.inspection(inspectionId), caller);
        return store.find(inspectionId, concernId)
                .orElseThrow(() -> new NotFoundException("No concern " + concernId + " in inspection " + inspectionId));
    }

    /** The concern, if it may still change. */
    private Concern open(String inspectionId, String concernId) {
        Concern concern = store.find(inspectionId, concernId)
                .orElseThrow(() -> new NotFoundException("No concern " + concernId + " in inspection " + inspectionId));
        if (concern.signedOff()) {
            throw new ConflictException("Concern " + concernId + " is signed off by the DCS and the lead inspector "
                    + "and read-only");
        }
        return concern;
    }

    private static Concern with(Concern c, Concern.Step response, Concern.Step evaluation, Concern.Step dcs,
                                Concern.Step lead) {
        return new Concern(c.id(), c.inspectionId(), c.category(), c.caseReferences(), c.referredBy(), c.referredOn(),
                c.laTeam(), c.issues(), c.responseDue(), response, evaluation, dcs, lead, c.version());
    }

    private static long version(Concern current, Long expected) {
        return expected == null ? current.version() : expected;
    }

    private static String text(String field, String value) {
        List<Violation> refused = new ArrayList<>();
        requireText(field, value, MAX_TEXT, refused);
        if (!refused.isEmpty()) {
            throw new InvalidInputException("The " + field + " was refused", refused);
        }
        return value.strip();
    }

    private static void requireText(String field, String value, int max, List<Violation> refused) {
        if (value == null || value.isBlank()) {
            refused.add(new Violation(field, "required", field + " is required"));
        } else if (value.length() > max) {
            refused.add(new Violation(field, "too-long", "at most " + max + " characters"));
        }
    }

    private AuditEntry audit(Caller caller, String action, String inspectionId, Concern before, Concern after) {
        return new AuditEntry(clock.instant(), caller.user(), action, "inspection/" + inspectionId,
                before == null ? null : before.toString(), after.toString());
    }
}
