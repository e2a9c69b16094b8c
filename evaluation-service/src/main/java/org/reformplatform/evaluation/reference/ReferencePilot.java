package org.reformplatform.evaluation.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.evaluation.challenge.Challenge;
import org.reformplatform.evaluation.challenge.ChallengeList;
import org.reformplatform.evaluation.challenge.ChallengeListId;
import org.reformplatform.evaluation.challenge.PublishChallengeListHandler;
import org.reformplatform.evaluation.cycle.Cycle;
import org.reformplatform.evaluation.cycle.CycleId;
import org.reformplatform.evaluation.cycle.DossierId;
import org.reformplatform.evaluation.cycle.OpenCycleHandler;
import org.reformplatform.evaluation.cycle.SubmitDossierHandler;
import org.reformplatform.evaluation.pilot.InstitutionKind;
import org.reformplatform.evaluation.pilot.JoinPilotHandler;
import org.reformplatform.evaluation.pilot.LaunchPilotHandler;
import org.reformplatform.evaluation.pilot.MeasureDimension;
import org.reformplatform.evaluation.pilot.Pilot;
import org.reformplatform.evaluation.pilot.PilotId;
import org.reformplatform.evaluation.pilot.RecordMeasureHandler;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.DefineSchemeHandler;
import org.reformplatform.evaluation.scheme.Scheme;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.SchemeResource.TrackRequest;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.eventsourcing.command.Aggregates;

/**
 * The report's pilot (科技人才评价综合改革试点) as reference data, loaded through the service's own
 * commands: the pilot is launched, six institutions join it and record their measures, each defines
 * its classified scheme and opens a cycle under the pilot, and its researchers submit dossiers.
 * The headline figures (6 institutions, 76 measures, 329 researchers) then follow from the events;
 * the file {@code reference/pilot.json} holds the measures, schemes and head counts, no totals.
 */
@ApplicationScoped
public class ReferencePilot {

    static final String RESOURCE = "reference/pilot.json";

    /** What the file holds. */
    record PilotData(PilotInfo pilot, List<InstitutionData> institutions) {
    }

    record PilotInfo(String name, String description) {
    }

    record InstitutionData(String institution, String name, InstitutionKind kind, int researchers, List<MeasureData> measures, SchemeData scheme,
            ChallengeListData challengeList) {
    }

    record MeasureData(String code, String title, MeasureDimension dimension) {
    }

    record SchemeData(String name, String description, List<TrackRequest> tracks) {
    }

    record ChallengeListData(String title, List<Challenge> challenges) {
    }

    /** What a load created; all zero when everything was there already. */
    public record Loaded(UUID pilotId, int pilotsLaunched, int institutionsJoined, int measuresRecorded, int schemesDefined, int cyclesOpened,
            int dossiersSubmitted, int challengeListsPublished) {

        public boolean createdAnything() {
            return pilotsLaunched + institutionsJoined + measuresRecorded + schemesDefined + cyclesOpened + dossiersSubmitted
                    + challengeListsPublished > 0;
        }
    }

    public static final PilotId PILOT = new PilotId(ReferenceIds.of("pilot"));

    @Inject
    Aggregates aggregates;

    @Inject
    ObjectMapper mapper;

    @Inject
    LaunchPilotHandler launchPilot;

    @Inject
    JoinPilotHandler joinPilot;

    @Inject
    RecordMeasureHandler recordMeasure;

    @Inject
    DefineSchemeHandler defineScheme;

    @Inject
    OpenCycleHandler openCycle;

    @Inject
    SubmitDossierHandler submitDossier;

    @Inject
    PublishChallengeListHandler publishChallengeList;

    /**
     * Loads what is missing, in the caller's transaction: all of it or nothing. What is there already is
     * read from its stream; what is missing is created by the same use cases the API runs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Loaded load() {
        PilotData data = read();
        int launched = 0, joined = 0, measures = 0, schemes = 0, cycles = 0, dossiers = 0, lists = 0;

        Pilot pilot = aggregates.load(Pilot.TYPE, PILOT).state();
        if (!pilot.exists()) {
            pilot = launchPilot.handle(PILOT, data.pilot().name(), data.pilot().description()).state();
            launched++;
        }
        for (InstitutionData institution : data.institutions()) {
            String org = institution.institution();
            if (!pilot.isMember(org)) {
                pilot = joinPilot.handle(PILOT, org, institution.name(), institution.kind(), OptionalInt.empty()).state();
                joined++;
            }
            for (MeasureData measure : institution.measures()) {
                if (!pilot.measures().contains(measure.code())) {
                    pilot = recordMeasure.handle(PILOT, org, measure.code(), measure.title(), measure.dimension(), OptionalInt.empty()).state();
                    measures++;
                }
            }

            SchemeId schemeId = new SchemeId(ReferenceIds.of("scheme/" + org));
            if (!aggregates.load(Scheme.TYPE, schemeId).exists()) {
                defineScheme.handle(schemeId, org, institution.scheme().name(), institution.scheme().description(),
                        TrackRequest.tracks(institution.scheme().tracks()));
                schemes++;
            }

            CycleId cycleId = new CycleId(ReferenceIds.of("cycle/" + org));
            Cycle cycle = aggregates.load(Cycle.TYPE, cycleId).state();
            if (!cycle.exists()) {
                cycle = openCycle.handle(cycleId, schemeId, "Pilot evaluation", PILOT).state();
                cycles++;
            }
            // Researchers reached: each submits a dossier, spread over the tracks in turn, for the track's first use.
            for (int n = 1; n <= institution.researchers(); n++) {
                DossierId dossierId = new DossierId(ReferenceIds.of("dossier/" + org + "/" + n));
                if (cycle.dossier(dossierId).isPresent()) {
                    continue;
                }
                Track track = cycle.tracks().get((n - 1) % cycle.tracks().size());
                ResearcherId researcher = new ResearcherId(ReferenceIds.of("researcher/" + org + "/" + n));
                cycle = submitDossier.handle(cycleId, dossierId, researcher, track.code(), track.uses().get(0),
                        List.of("Work report for the pilot evaluation", "Representative works under " + track.name())).state();
                dossiers++;
            }

            if (institution.challengeList() != null) {
                ChallengeListId listId = new ChallengeListId(ReferenceIds.of("challenges/" + org));
                if (!aggregates.load(ChallengeList.TYPE, listId).exists()) {
                    publishChallengeList.handle(listId, org, institution.challengeList().title(), institution.challengeList().challenges(), null);
                    lists++;
                }
            }
        }
        return new Loaded(PILOT.value(), launched, joined, measures, schemes, cycles, dossiers, lists);
    }

    private PilotData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the service");
            }
            return mapper.readValue(in, PilotData.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
