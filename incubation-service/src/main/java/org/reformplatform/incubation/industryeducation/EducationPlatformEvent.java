package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.PartnerEnterprise;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens to an industry–education platform. Published on {@code incubation.events}. */
public sealed interface EducationPlatformEvent {

    EducationPlatformId platformId();

    /**
     * A platform was proposed: its kind, host institution (an organisation id), partner enterprises and
     * functions; {@code illustrative} when the report names no such institution and the record stands for one.
     */
    record PlatformProposed(EducationPlatformId platformId, String centre, PlatformKind kind, @NotPersonalData("the name of an education platform") String name, String hostInstitution,
            List<PartnerEnterprise> enterprises, Set<PlatformFunction> functions, boolean illustrative, LocalDate proposedOn)
            implements EducationPlatformEvent {
    }

    /** Recognised at a level, in a batch where there is one (e.g. the 4th national batch of excellence-engineer colleges). */
    record PlatformRecognised(EducationPlatformId platformId, RecognitionLevel level, String batch, LocalDate recognisedOn)
            implements EducationPlatformEvent {
    }

    record PlatformActivated(EducationPlatformId platformId, LocalDate activatedOn) implements EducationPlatformEvent {
    }

    record PlatformClosed(EducationPlatformId platformId, String reason, LocalDate closedOn) implements EducationPlatformEvent {
    }

    record ReformPlanDrafted(EducationPlatformId platformId, String title, LocalDate draftedOn) implements EducationPlatformEvent {
    }

    /** The pilot university published its reform plan: the portfolio counts published plans. */
    record ReformPlanPublished(EducationPlatformId platformId, String summary, LocalDate publishedOn) implements EducationPlatformEvent {
    }

    /** A published plan was revised (and the revision published). */
    record ReformPlanRevised(EducationPlatformId platformId, int revision, String summary, LocalDate revisedOn)
            implements EducationPlatformEvent {
    }
}
