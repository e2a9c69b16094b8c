package org.reformplatform.incubation.industryeducation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.security.Caller;

/**
 * Which platforms, facilities and placements the caller may see: staff any; a partner those its
 * organisation is party to (the host institution or a partner enterprise of a platform; the
 * institution, enterprise or third party of a facility and its placements). Others are 404.
 */
@ApplicationScoped
public class IndustryEducationAccess {

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    public Loaded<EducationPlatform> platform(EducationPlatformId id) {
        Loaded<EducationPlatform> platform = aggregates.load(EducationPlatform.TYPE, id, () -> unknownPlatform(id));
        if (caller.isPartnerOnly() && !platform.state().involves(caller.organisation().orElse(null))) {
            throw unknownPlatform(id);
        }
        return platform;
    }

    public Loaded<Facility> facility(FacilityId id) {
        Loaded<Facility> facility = aggregates.load(Facility.TYPE, id, () -> unknownFacility(id));
        if (caller.isPartnerOnly() && !facility.state().involves(caller.organisation().orElse(null))) {
            throw unknownFacility(id);
        }
        return facility;
    }

    /** The read-model rows (with a {@code parties} column) the caller may list. */
    public ListFilter rows() {
        ListFilter filter = ListFilter.all();
        return caller.isPartnerOnly() ? filter.where("locate(:party, parties) > 0", "party", "|" + caller.requireOrganisation() + "|") : filter;
    }

    public static RuleViolation unknownPlatform(EducationPlatformId id) {
        return RuleViolation.notFound("unknown-platform", "There is no platform " + id.value());
    }

    public static RuleViolation unknownFacility(FacilityId id) {
        return RuleViolation.notFound("unknown-facility", "There is no facility " + id.value());
    }
}
