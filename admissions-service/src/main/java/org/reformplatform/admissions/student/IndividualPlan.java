package org.reformplatform.admissions.student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A student's individual plan (一生一策): goals, research milestones and progress notes. There is
 * no term and no minimum length: progress is measured by milestones reached, whenever that is.
 */
public record IndividualPlan(List<Goal> goals, List<Milestone> milestones, List<ProgressNote> notes) {

    public static final IndividualPlan EMPTY = new IndividualPlan(List.of(), List.of(), List.of());

    public record Goal(UUID goalId, String description, Instant addedAt) {
    }

    /** A research milestone, with an optional target date; {@code reachedOn} once it is reached. */
    public record Milestone(UUID milestoneId, String title, String description, LocalDate targetDate, LocalDate reachedOn, String evidence) {

        public boolean reached() {
            return reachedOn != null;
        }
    }

    public record ProgressNote(String author, String text, Instant recordedAt) {
    }

    public Optional<Milestone> milestone(UUID id) {
        return milestones.stream().filter(m -> m.milestoneId().equals(id)).findFirst();
    }

    IndividualPlan withGoal(Goal goal) {
        List<Goal> all = new ArrayList<>(goals);
        all.add(goal);
        return new IndividualPlan(List.copyOf(all), milestones, notes);
    }

    IndividualPlan withMilestone(Milestone milestone) {
        List<Milestone> all = new ArrayList<>(milestones);
        all.add(milestone);
        return new IndividualPlan(goals, List.copyOf(all), notes);
    }

    IndividualPlan withReached(UUID id, LocalDate on, String evidence) {
        return new IndividualPlan(goals, milestones.stream().map(m -> m.milestoneId().equals(id)
                ? new Milestone(m.milestoneId(), m.title(), m.description(), m.targetDate(), on, evidence) : m).toList(), notes);
    }

    IndividualPlan withNote(ProgressNote note) {
        List<ProgressNote> all = new ArrayList<>(notes);
        all.add(note);
        return new IndividualPlan(goals, milestones, List.copyOf(all));
    }
}
