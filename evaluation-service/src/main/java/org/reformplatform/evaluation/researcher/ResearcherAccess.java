package org.reformplatform.evaluation.researcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;

/**
 * Reading a researcher's record of evidence: every role its endpoint admits may see any researcher's,
 * and one no evidence has reached yet is an empty record, not an unknown one (ids are chosen by the
 * partners and used in every service; evidence may come before anything else names the researcher).
 */
@ApplicationScoped
public class ResearcherAccess {

    @Inject
    Aggregates aggregates;

    public Loaded<Researcher> visible(ResearcherId id) {
        return aggregates.load(Researcher.TYPE, id);
    }
}
