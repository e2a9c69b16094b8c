package org.reformplatform.qualification.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.QualificationRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.TitleEquivalenceRecognised;

/** What each holder has had recognised, with the domestic title equivalence where the list gives one. */
@ApplicationScoped
public class HolderRecognitionsView implements Projection {

    @Override
    public String name() {
        return "holder-recognitions";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(QualificationRecognised.class, TitleEquivalenceRecognised.class);
    }

    @Override
    public List<String> tables() {
        return List.of("holder_recognitions");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof QualificationRecognised recognised) {
            if (HolderRecognition.findById(recognised.applicationId().value()) != null) {
                return;
            }
            HolderRecognition row = new HolderRecognition();
            row.applicationId = recognised.applicationId().value();
            row.holderId = recognised.holderId().value();
            row.organisation = recognised.organisation();
            row.qualificationId = recognised.qualificationId().value();
            row.qualificationName = recognised.qualificationName();
            row.country = recognised.country();
            row.profession = recognised.profession();
            row.listVersion = recognised.listVersion();
            row.recognisedOn = recognised.recognisedOn();
            row.streamVersion = recorded.streamVersion();
            row.persist();
            return;
        }
        if (recorded.event() instanceof TitleEquivalenceRecognised title) {
            // Decided together with QualificationRecognised, one stream version later: the row is there.
            HolderRecognition row = HolderRecognition.findById(title.applicationId().value());
            if (row == null) {
                return;
            }
            row.streamVersion = recorded.streamVersion();
            row.titleSeries = title.titleSeries();
            row.titleLevel = title.titleLevel();
        }
    }
}
