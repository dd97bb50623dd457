package org.inspectra.core.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inspectra.api.calendar.WorkingDayCalendar;
import org.inspectra.api.framework.DayCount;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.inspection.Milestone;

/**
 * Dates an inspection type's milestone rules from the notification date: each rule counts its working (or
 * calendar) days from the milestone it names, back to {@code notification}.
 */
public final class MilestonePlanner {

    private final WorkingDayCalendar calendar;

    public MilestonePlanner(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The timeline of an inspection without areas for priority action. */
    public List<Milestone> plan(InspectionType type, LocalDate notifiedOn) {
        return plan(type, notifiedOn, false);
    }

    /**
     * The timeline, notification first, then the type's milestones in the order the framework lists them, then,
     * where a priority action has been found, the type's priority-action milestones (one of the same id replaces the
     * ordinary milestone in its place).
     *
     * @throws IllegalStateException where the framework's rules name an unknown milestone or form a cycle
     */
    public List<Milestone> plan(InspectionType type, LocalDate notifiedOn, boolean priorityAction) {
        Map<String, MilestoneRule> rules = new LinkedHashMap<>();
        for (MilestoneRule rule : type.milestones()) {
            if (rules.put(rule.id(), rule) != null) {
                throw new IllegalStateException("milestone " + rule.id() + " is defined twice in " + type.id());
            }
        }
        if (priorityAction) {
            type.priorityActionMilestones().forEach(rule -> rules.put(rule.id(), rule));
        }
        Map<String, LocalDate> dates = new HashMap<>();
        dates.put(MilestoneRule.NOTIFICATION, notifiedOn);
        List<Milestone> plan = new ArrayList<>();
        plan.add(new Milestone(MilestoneRule.NOTIFICATION, "Notification", notifiedOn, type.source()));
        for (MilestoneRule rule : rules.values()) {
            if (rule.id().equals(MilestoneRule.NOTIFICATION)) {
                continue;
            }
            plan.add(new Milestone(rule.id(), rule.title(), date(rule, rules, dates, new HashSet<>()), rule.source()));
        }
        return plan;
    }

    private LocalDate date(MilestoneRule rule, Map<String, MilestoneRule> rules, Map<String, LocalDate> dates,
                           Set<String> visiting) {
        LocalDate known = dates.get(rule.id());
        if (known != null) {
            return known;
        }
        if (!visiting.add(rule.id())) {
            throw new IllegalStateException("milestones form a cycle at " + rule.id());
        }
        LocalDate from = dates.get(rule.after());
        if (from == null) {
            MilestoneRule anchor = rules.get(rule.after());
            if (anchor == null) {
                throw new IllegalStateException("milestone " + rule.id() + " counts from unknown " + rule.after());
            }
            from = date(anchor, rules, dates, visiting);
        }
        LocalDate due = rule.count() == DayCount.WORKING
                ? calendar.addWorkingDays(from, rule.days())
                : from.plusDays(rule.days());
        dates.put(rule.id(), due);
        return due;
    }
}
