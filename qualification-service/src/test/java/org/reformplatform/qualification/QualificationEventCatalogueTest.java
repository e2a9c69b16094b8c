package org.reformplatform.qualification;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.schema.EventCatalogue;

/**
 * The published event catalogue (docs/events/qualification: a JSON Schema per event type and version, and
 * asyncapi.json) matches the event records. After adding an event or a field, regenerate it with
 * {@code mvn -pl qualification-service test -Dtest=QualificationEventCatalogueTest -Devents.catalogue.update=true}
 * and commit the files; a breaking change is refused until the schema version is raised.
 */
class QualificationEventCatalogueTest {

    static final Path CATALOGUE = Path.of("../docs/events/qualification");

    @Test
    void the_published_catalogue_matches_the_event_records() {
        EventCatalogue.assertUpToDate("qualification", new QualificationEvents(), List.of(), CATALOGUE);
    }
}
