package org.reformplatform.evaluation.scheme;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.scheme.SchemeEvent.SchemeDefined;
import org.reformplatform.evaluation.scheme.SchemeEvent.SchemeRevised;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Institutions' schemes with their current version. */
@ApplicationScoped
public class SchemesView implements Projection {

    @Override
    public String name() {
        return "schemes";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(SchemeDefined.class, SchemeRevised.class);
    }

    @Override
    public List<String> tables() {
        return List.of("scheme_summaries");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof SchemeDefined defined) {
            SchemeSummary row = new SchemeSummary();
            row.id = defined.schemeId().value();
            row.institution = defined.institution();
            row.name = defined.name();
            row.currentVersion = defined.version();
            row.tracks = defined.tracks().size();
            row.definedAt = defined.definedAt();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        if (recorded.event() instanceof SchemeRevised revised) {
            SchemeSummary row = SchemeSummary.findById(revised.schemeId().value());
            if (row == null) {
                return;
            }
            row.currentVersion = revised.version();
            row.tracks = revised.tracks().size();
            row.revisedAt = revised.revisedAt();
            row.version = recorded.streamVersion();
        }
    }
}
