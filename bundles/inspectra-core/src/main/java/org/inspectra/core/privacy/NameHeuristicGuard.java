package org.inspectra.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inspectra.api.evidence.PersonalDataGuard;
import org.osgi.service.component.annotations.Component;

/**
 * The platform's own guard against names in evidence ({@code 000 §192}: "case reference numbers, initials and job
 * titles"; {@code 003 §80}). It looks for what names look like in English prose: a title before a capitalised word
 * ("Mrs Patel") and runs of two or more capitalised words that are not the words of a service, a role or a date
 * ("Jayden Smith", but not "Team Manager", "Independent Reviewing Officer" or "Monday 3 June"). Initials ("Child
 * A", "JS") and case references pass. It errs towards warning: a warning costs a second look, a name costs a child's
 * privacy.
 */
@Component(service = PersonalDataGuard.class)
public final class NameHeuristicGuard implements PersonalDataGuard {

    private static final Pattern TITLED = Pattern.compile(
            "\\b(Mr|Mrs|Ms|Miss|Mx|Dr|Master)\\.?\\s+([A-Z][a-z'’-]+)");
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\b[A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+)+\\b");

    /**
     * Capitalised words that are not names in inspection writing: services, roles, bodies, documents, days, months,
     * and words that start a sentence. A run made only of these, or of these and one other word, is not a name.
     */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            // services, bodies and places of work
            "local", "authority", "authorities", "council", "children", "children's", "childrens", "services",
            "service", "social", "care", "team", "teams", "court", "courts", "police", "health", "school", "schools",
            "academy", "hospital", "trust", "board", "safeguarding", "partnership", "partnerships", "agency",
            "agencies", "department", "ofsted", "cafcass", "nhs", "virtual", "front", "door", "hub", "mash",
            "early", "help", "family", "families", "youth", "offending", "adoption", "fostering", "leaving",
            "leavers", "leaver", "residential", "home", "homes", "unit", "centre", "center", "office", "multi",
            "agency", "disabled", "disability", "education", "housing", "probation", "mental", "clinic",
            // roles and job titles
            "worker", "workers", "manager", "managers", "director", "head", "officer", "officers", "independent",
            "reviewing", "chair", "chief", "executive", "lead", "inspector", "inspectors", "principal", "senior",
            "practitioner", "practitioners", "assistant", "deputy", "personal", "adviser", "advisor", "advocate",
            "foster", "carer", "carers", "parent", "parents", "mother", "father", "grandparent", "grandmother",
            "grandfather", "aunt", "uncle", "sibling", "siblings", "brother", "sister", "guardian", "nurse",
            "doctor", "paediatrician", "teacher", "designated", "coordinator", "supervisor", "member", "members",
            "consultant", "therapist", "solicitor", "judge", "magistrate", "councillor", "mayor", "hmi", "dcs",
            // processes and documents
            "child", "protection", "plan", "plans", "conference", "conferences", "review", "reviews", "strategy",
            "discussion", "meeting", "meetings", "assessment", "assessments", "looked", "after", "in", "need",
            "pathway", "order", "orders", "public", "law", "outline", "section", "annex", "list", "case", "file",
            "files", "record", "records", "report", "reports", "letter", "framework", "inspection", "visit",
            "personal", "education", "return", "interview", "missing", "exploitation", "sexual", "criminal",
            "contextual", "risk", "panel", "referral", "referrals", "contact", "contacts", "decision", "decisions",
            "quality", "assurance", "audit", "audits", "evidence", "summary", "statement", "action", "priority",
            "improvement", "development", "strengths", "strength", "area", "areas", "judgement", "judgements",
            // time
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "christmas", "easter", "bank", "holiday", "day", "week", "month", "year", "term",
            // sentence openers
            "the", "a", "an", "this", "that", "these", "those", "there", "their", "they", "he", "she", "his", "her",
            "it", "its", "we", "our", "when", "where", "while", "whilst", "although", "however", "since", "during",
            "for", "from", "on", "at", "by", "with", "of", "to", "and", "but", "or", "if", "all", "most", "some",
            "no", "not", "each", "every", "both", "one", "two", "three", "young", "person", "people", "baby",
            "unborn", "good", "outstanding", "inadequate", "requires", "adequate", "english", "england", "wales"));

    @Override
    public List<String> findNames(String text) {
        List<String> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Matcher titled = TITLED.matcher(text);
        while (titled.find()) {
            found.add("'" + titled.group() + "' looks like a person's name: use a case reference, initials or a job "
                    + "title");
        }
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            String words = run.group();
            if (TITLED.matcher(words).find()) {
                continue;
            }
            long unknown = List.of(words.split("\\s+")).stream()
                    .map(w -> w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""))
                    .filter(w -> !NOT_NAMES.contains(w))
                    .count();
            if (unknown >= 2) {
                found.add("'" + words + "' looks like a person's name: use a case reference, initials or a job "
                        + "title");
            }
        }
        return found;
    }
}
