package org.reformplatform.evaluation.researcher;

import java.util.ArrayList;
import java.util.List;

import org.reformplatform.evaluation.researcher.ResearcherCommand.RecordMobilityResults;
import org.reformplatform.evaluation.researcher.ResearcherCommand.RecordTitleEquivalence;
import org.reformplatform.evaluation.researcher.ResearcherEvent.MobilityResultsRecorded;
import org.reformplatform.evaluation.researcher.ResearcherEvent.TitleEquivalenceRecorded;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;

/**
 * A researcher's record of evidence, one stream per {@code researcherId}. It comes into being with
 * the first piece of evidence, before any dossier or title application names the researcher: the
 * other services' events never wait for a fact of this service, so none is parked or lost.
 *
 * <p>The same evidence arriving again (the same qualification application or arrangement with the
 * same content) changes nothing; new content for the same source replaces the old.
 */
public record Researcher(ResearcherId id, List<TitleEquivalence> equivalences, List<MobilityRecord> mobility) {

    public static final AggregateType<Researcher, ResearcherCommand, ResearcherEvent> TYPE = new AggregateType<>("Researcher", new Lifecycle());

    public static final Researcher NONE = new Researcher(null, List.of(), List.of());

    public boolean exists() {
        return id != null;
    }

    /** What a title review may take into account. */
    public Evidence evidence() {
        return new Evidence(equivalences, mobility);
    }

    /** A snapshot of a researcher's evidence. */
    public record Evidence(List<TitleEquivalence> equivalences, List<MobilityRecord> mobility) {
        public static final Evidence NONE = new Evidence(List.of(), List.of());
    }

    static final class Lifecycle implements Decider<Researcher, ResearcherCommand, ResearcherEvent> {

        @Override
        public Researcher initialState() {
            return NONE;
        }

        @Override
        public List<ResearcherEvent> decide(ResearcherCommand command, Researcher state) {
            if (command instanceof RecordTitleEquivalence record) {
                return state.equivalences.contains(record.equivalence()) ? List.of()
                        : List.of(new TitleEquivalenceRecorded(record.researcherId(), record.equivalence(), record.sourceEventId(), record.at()));
            }
            if (command instanceof RecordMobilityResults record) {
                return state.mobility.contains(record.mobility()) ? List.of()
                        : List.of(new MobilityResultsRecorded(record.researcherId(), record.mobility(), record.sourceEventId(), record.at()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        @Override
        public Researcher evolve(Researcher state, ResearcherEvent event) {
            if (event instanceof TitleEquivalenceRecorded r) {
                List<TitleEquivalence> equivalences = new ArrayList<>(state.equivalences);
                equivalences.removeIf(e -> e.applicationId().equals(r.equivalence().applicationId()));
                equivalences.add(r.equivalence());
                return new Researcher(r.researcherId(), List.copyOf(equivalences), state.mobility);
            }
            if (event instanceof MobilityResultsRecorded r) {
                List<MobilityRecord> mobility = new ArrayList<>(state.mobility);
                mobility.removeIf(m -> m.arrangementId().equals(r.mobility().arrangementId()));
                mobility.add(r.mobility());
                return new Researcher(r.researcherId(), state.equivalences, List.copyOf(mobility));
            }
            return state;
        }
    }
}
