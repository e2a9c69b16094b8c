package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.PartnerEnterprise;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ProposePlatform;
import org.reformplatform.incubation.partner.Partner;
import org.reformplatform.incubation.partner.PartnerId;

/** A platform is proposed; its partner enterprises are partners the service has already. */
@ApplicationScoped
public class ProposePlatformHandler {

    @Inject
    Aggregates aggregates;

    public Decision<EducationPlatform> handle(EducationPlatformId id, String centre, PlatformKind kind, String name, String hostInstitution,
            List<PartnerId> enterprises, Set<PlatformFunction> functions, boolean illustrative, LocalDate proposedOn) {
        List<PartnerEnterprise> partners = enterprises.stream().map(this::enterprise).toList();
        return aggregates.handle(EducationPlatform.TYPE, id,
                new ProposePlatform(id, centre, kind, name, hostInstitution, partners, functions, illustrative, proposedOn));
    }

    PartnerEnterprise enterprise(PartnerId id) {
        Loaded<Partner> partner = aggregates.load(Partner.TYPE, id);
        if (!partner.exists()) {
            throw RuleViolation.invalid("unknown-partner", "There is no partner " + id.value()).with("partnerId", id.value());
        }
        return new PartnerEnterprise(id, partner.state().organisation(), partner.state().name());
    }
}
