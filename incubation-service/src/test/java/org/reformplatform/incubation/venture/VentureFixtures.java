package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.reformplatform.incubation.venture.VentureEvent.VentureApplied;
import org.reformplatform.incubation.venture.VentureEvent.VentureClosed;
import org.reformplatform.incubation.venture.VentureEvent.VentureStageChanged;
import org.reformplatform.testing.DeciderSpec;

/** Histories of a venture for decider tests. */
final class VentureFixtures {

    static final VentureId ID = VentureId.random();
    static final LocalDate APPLIED_ON = LocalDate.of(2026, 2, 10);
    static final VentureApplied APPLIED = new VentureApplied(ID, "future-innovation-centre", "Deep Vision Robotics", VentureOrigin.STUDENT,
            "Vision-guided sorting robots", APPLIED_ON);

    private VentureFixtures() {
    }

    static DeciderSpec<Venture, VentureCommand, VentureEvent> spec() {
        return DeciderSpec.of(Venture.TYPE.decider()::initialState, Venture.TYPE.decider()::decide, Venture.TYPE.decider()::evolve)
                .covering(VentureCommand.class, VentureEvent.class);
    }

    /** The day a venture enters a stage in these histories: a month per stage after applying. */
    static LocalDate dayOf(VentureStage stage) {
        return APPLIED_ON.plusMonths(stage.ordinal());
    }

    /** The events that bring a venture to the given stage the regular way (closing from incubation). */
    static VentureEvent[] at(VentureStage stage) {
        List<VentureEvent> history = new ArrayList<>(List.of(APPLIED));
        VentureStage current = VentureStage.APPLIED;
        VentureStage target = stage == VentureStage.CLOSED ? VentureStage.INCUBATING : stage;
        while (current != target) {
            VentureStage next = current.next();
            history.add(new VentureStageChanged(ID, current, next, dayOf(next)));
            current = next;
        }
        if (stage == VentureStage.CLOSED) {
            history.add(new VentureClosed(ID, "The founders returned to their studies", dayOf(VentureStage.CLOSED)));
        }
        return history.toArray(VentureEvent[]::new);
    }
}
