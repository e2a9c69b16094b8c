package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What operators record about an industry–education platform. */
public sealed interface EducationPlatformCommand {

    /** An enterprise partner of the platform: the service's partner, and its organisation (for partners' views). */
    record PartnerEnterprise(PartnerId partnerId, String organisation, @NotPersonalData("the name of a partner enterprise") String name) {
    }

    record ProposePlatform(EducationPlatformId id, String centre, PlatformKind kind, String name, String hostInstitution,
            List<PartnerEnterprise> enterprises, Set<PlatformFunction> functions, boolean illustrative, LocalDate proposedOn)
            implements EducationPlatformCommand {
    }

    record RecognisePlatform(RecognitionLevel level, String batch, LocalDate recognisedOn) implements EducationPlatformCommand {
    }

    record ActivatePlatform(LocalDate activatedOn) implements EducationPlatformCommand {
    }

    record ClosePlatform(String reason, LocalDate closedOn) implements EducationPlatformCommand {
    }

    record DraftReformPlan(String title, LocalDate draftedOn) implements EducationPlatformCommand {
    }

    record PublishReformPlan(String summary, LocalDate publishedOn) implements EducationPlatformCommand {
    }

    record ReviseReformPlan(String summary, LocalDate revisedOn) implements EducationPlatformCommand {
    }
}
