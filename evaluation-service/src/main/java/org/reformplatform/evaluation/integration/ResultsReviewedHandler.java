package org.reformplatform.evaluation.integration;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.evaluation.researcher.MobilityRecord;
import org.reformplatform.evaluation.researcher.RecordMobilityResultsHandler;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;

/**
 * {@code mobility.ResultsReviewed.v1}: the results of a researcher's mobility arrangement (a
 * secondment, say) were reviewed. They become evidence on the researcher's record; an outcome in
 * {@code evaluation.mobility.positive-outcomes} counts in the researcher's favour (an achievement in
 * a title review).
 */
@ApplicationScoped
public class ResultsReviewedHandler implements ForeignEventHandler {

    @Inject
    RecordMobilityResultsHandler record;

    @Inject
    CommandMetadata metadata;

    @ConfigProperty(name = "evaluation.mobility.positive-outcomes")
    List<String> positiveOutcomes;

    private Set<String> positive;

    @Override
    public String name() {
        return "mobility-evidence";
    }

    @Override
    public List<String> topics() {
        return List.of(PlatformSettings.eventsTopic("mobility"));
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("mobility.ResultsReviewed");
    }

    @Override
    public void handle(ForeignEvent event) {
        ResultsReviewed reviewed = event.as(ResultsReviewed.class);
        ResearcherId researcher = new ResearcherId(reviewed.researcherId());
        MobilityRecord mobility = new MobilityRecord(reviewed.arrangementId(), reviewed.form(), reviewed.institution(), reviewed.enterprise(),
                reviewed.from(), reviewed.to(), reviewed.outcome(), isPositive(reviewed.outcome()), reviewed.resultTexts());
        EvidenceCommands.run(metadata, event, "mobility-service", () -> record.handle(researcher, mobility, event.envelope().id()));
    }

    private boolean isPositive(String outcome) {
        if (positive == null) {
            positive = positiveOutcomes.stream().map(o -> o.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
        return outcome != null && positive.contains(outcome.trim().toUpperCase(Locale.ROOT));
    }
}
