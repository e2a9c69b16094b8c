package org.reformplatform.incubation.industryeducation;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.PartnerEnterprise;
import org.reformplatform.incubation.industryeducation.FacilityCommand.SignFacility;
import org.reformplatform.incubation.partner.PartnerId;

/**
 * A facility is signed between the platform's host institution and an enterprise partner (and a
 * district or college): under a platform that is recognised or active.
 */
@ApplicationScoped
public class SignFacilityHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    ProposePlatformHandler platforms;

    public Decision<Facility> handle(FacilityId id, EducationPlatformId platformId, FacilityKind kind, String name, PartnerId enterprise,
            String thirdParty, int placesPerTerm, LocalDate signedOn) {
        Loaded<EducationPlatform> loaded = aggregates.load(EducationPlatform.TYPE, platformId);
        require(loaded.exists(), () -> RuleViolation.invalid("unknown-platform", "There is no platform " + platformId.value()));
        EducationPlatform platform = loaded.state();
        require(platform.isRunning(), () -> RuleViolation.conflict("platform-not-running",
                "Facilities are co-built under a recognised or active platform; it is " + platform.status()));
        PartnerEnterprise partner = platforms.enterprise(enterprise);
        return aggregates.handle(Facility.TYPE, id, new SignFacility(id, platformId, platform.centre(), kind, name, platform.hostInstitution(),
                enterprise, partner.organisation(), thirdParty == null || thirdParty.isBlank() ? null : thirdParty, placesPerTerm, signedOn));
    }
}
