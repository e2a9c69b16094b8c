package org.reformplatform.incubation.industryeducation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.PartnerEnterprise;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.PlatformActivated;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.PlatformClosed;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.PlatformProposed;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.PlatformRecognised;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.ReformPlanDrafted;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.ReformPlanPublished;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.ReformPlanRevised;
import org.reformplatform.incubation.industryeducation.FacilityEvent.FacilityClosed;
import org.reformplatform.incubation.industryeducation.FacilityEvent.FacilityOpened;
import org.reformplatform.incubation.industryeducation.FacilityEvent.FacilitySigned;
import org.reformplatform.incubation.industryeducation.FacilityEvent.PlacementAssessed;
import org.reformplatform.incubation.industryeducation.FacilityEvent.PlacementEnded;
import org.reformplatform.incubation.industryeducation.FacilityEvent.PlacementStarted;
import org.reformplatform.incubation.industryeducation.FacilityEvent.StudentPlaced;

/** Platforms by kind and status, pilots' published plans, facilities with their places, placements: the industry–education figures. */
@ApplicationScoped
public class IndustryEducationView implements Projection {

    @Override
    public String name() {
        return "industry-education";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(PlatformProposed.class, PlatformRecognised.class, PlatformActivated.class, PlatformClosed.class,
                ReformPlanDrafted.class, ReformPlanPublished.class, ReformPlanRevised.class, FacilitySigned.class, FacilityOpened.class,
                FacilityClosed.class, StudentPlaced.class, PlacementStarted.class, PlacementEnded.class, PlacementAssessed.class);
    }

    @Override
    public List<String> tables() {
        return List.of("education_platforms", "education_facilities", "education_placements");
    }

    /** "|a|b|": the organisations that may see a row, for a partner's list ({@code locate('|org|', parties) > 0}). */
    static String parties(String... organisations) {
        Set<String> all = new TreeSet<>();
        for (String organisation : organisations) {
            if (organisation != null) {
                all.add(organisation);
            }
        }
        return all.stream().collect(Collectors.joining("|", "|", "|"));
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        Object event = recorded.event();
        if (event instanceof EducationPlatformEvent platformEvent) {
            applyPlatform(platformEvent, recorded.streamVersion());
        } else if (event instanceof FacilityEvent facilityEvent) {
            applyFacility(facilityEvent, recorded.streamVersion());
        }
    }

    private static void applyPlatform(EducationPlatformEvent event, int version) {
        if (event instanceof PlatformProposed p) {
            if (PlatformSummary.findById(p.platformId().value()) != null) {
                return;
            }
            PlatformSummary row = new PlatformSummary();
            row.id = p.platformId().value();
            row.centre = p.centre();
            row.kind = p.kind();
            row.name = p.name();
            row.hostInstitution = p.hostInstitution();
            List<String> organisations = new java.util.ArrayList<>(p.enterprises().stream().map(PartnerEnterprise::organisation).toList());
            organisations.add(p.hostInstitution());
            row.parties = parties(organisations.toArray(String[]::new));
            row.functions = p.functions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            row.illustrative = p.illustrative();
            row.status = PlatformStatus.PROPOSED;
            row.proposedOn = p.proposedOn();
            row.version = version;
            row.persist();
            return;
        }
        PlatformSummary row = PlatformSummary.findById(event.platformId().value());
        if (row == null) {
            return;
        }
        row.version = version;
        if (event instanceof PlatformRecognised r) {
            row.status = PlatformStatus.RECOGNISED;
            row.recognitionLevel = r.level();
            row.recognitionBatch = r.batch();
        } else if (event instanceof PlatformActivated) {
            row.status = PlatformStatus.ACTIVE;
        } else if (event instanceof PlatformClosed) {
            row.status = PlatformStatus.CLOSED;
        } else if (event instanceof ReformPlanDrafted) {
            row.planStatus = ReformPlan.Status.DRAFTED;
        } else if (event instanceof ReformPlanPublished p) {
            row.planStatus = ReformPlan.Status.PUBLISHED;
            row.planPublishedOn = p.publishedOn();
        } else if (event instanceof ReformPlanRevised r) {
            row.planRevisions = r.revision();
        }
    }

    private static void applyFacility(FacilityEvent event, int version) {
        if (event instanceof FacilitySigned f) {
            if (FacilitySummary.findById(f.facilityId().value()) != null) {
                return;
            }
            FacilitySummary row = new FacilitySummary();
            row.id = f.facilityId().value();
            row.platformId = f.platformId().value();
            row.centre = f.centre();
            row.kind = f.kind();
            row.name = f.name();
            row.institution = f.institution();
            row.enterpriseId = f.enterpriseId().value();
            row.thirdParty = f.thirdParty();
            row.parties = parties(f.institution(), f.enterpriseOrganisation(), f.thirdParty());
            row.placesPerTerm = f.placesPerTerm();
            row.status = Facility.Status.SIGNED;
            row.signedOn = f.signedOn();
            row.version = version;
            row.persist();
            return;
        }
        FacilitySummary facility = FacilitySummary.findById(event.facilityId().value());
        if (facility == null) {
            return;
        }
        facility.version = version;
        if (event instanceof FacilityOpened) {
            facility.status = Facility.Status.OPEN;
        } else if (event instanceof FacilityClosed) {
            facility.status = Facility.Status.CLOSED;
        } else if (event instanceof StudentPlaced p) {
            facility.placements++;
            PlacementRecord row = new PlacementRecord();
            row.id = p.placementId().value();
            row.facilityId = facility.id;
            row.platformId = facility.platformId;
            row.centre = facility.centre;
            row.facilityKind = facility.kind;
            row.term = p.term();
            row.studentName = p.student().name();
            row.studentFromAdmissions = p.student().fromAdmissions();
            row.academicMentor = p.academicMentor().name();
            row.industryMentor = p.industryMentor().name();
            row.parties = facility.parties;
            row.status = Placement.Status.PLACED;
            row.placedOn = p.placedOn();
            row.persist();
        } else if (event instanceof PlacementStarted s) {
            PlacementRecord.<PlacementRecord>findByIdOptional(s.placementId().value()).ifPresent(r -> r.status = Placement.Status.STARTED);
        } else if (event instanceof PlacementEnded e) {
            PlacementRecord.<PlacementRecord>findByIdOptional(e.placementId().value()).ifPresent(r -> r.status = Placement.Status.ENDED);
        } else if (event instanceof PlacementAssessed a) {
            PlacementRecord.<PlacementRecord>findByIdOptional(a.placementId().value()).ifPresent(r -> {
                r.status = Placement.Status.ASSESSED;
                r.outcome = a.outcome();
            });
        }
    }
}
