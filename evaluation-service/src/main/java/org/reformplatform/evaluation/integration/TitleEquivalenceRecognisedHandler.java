package org.reformplatform.evaluation.integration;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.researcher.RecordTitleEquivalenceHandler;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.researcher.TitleEquivalence;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;

/**
 * {@code qualification.TitleEquivalenceRecognised.v1}: a holder's foreign qualification was
 * recognised with a domestic title equivalence. It becomes evidence on the record of the researcher
 * {@code holderId}, which exists from its first evidence on: nothing waits for a dossier or a title
 * application, so nothing is parked.
 */
@ApplicationScoped
public class TitleEquivalenceRecognisedHandler implements ForeignEventHandler {

    @Inject
    RecordTitleEquivalenceHandler record;

    @Inject
    CommandMetadata metadata;

    @Override
    public String name() {
        return "qualification-evidence";
    }

    @Override
    public List<String> topics() {
        return List.of(PlatformSettings.eventsTopic("qualification"));
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("qualification.TitleEquivalenceRecognised");
    }

    @Override
    public void handle(ForeignEvent event) {
        TitleEquivalenceRecognised recognised = event.as(TitleEquivalenceRecognised.class);
        ResearcherId holder = new ResearcherId(recognised.holderId());
        TitleEquivalence equivalence = new TitleEquivalence(recognised.applicationId(), recognised.qualificationId(),
                recognised.qualificationName(), recognised.country(), recognised.titleSeries(), recognised.titleLevel(), recognised.listVersion(),
                recognised.recognisedOn());
        EvidenceCommands.run(metadata, event, "qualification-service", () -> record.handle(holder, equivalence, event.envelope().id()));
    }
}
