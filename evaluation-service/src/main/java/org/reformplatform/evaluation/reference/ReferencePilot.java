package org.reformplatform.evaluation.reference;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.evaluation.challenge.Challenge;
import org.reformplatform.evaluation.challenge.ChallengeList;
import org.reformplatform.evaluation.challenge.ChallengeListCommand.PublishChallengeList;
import org.reformplatform.evaluation.challenge.ChallengeListId;
import org.reformplatform.evaluation.cycle.Cycle;
import org.reformplatform.evaluation.cycle.CycleCommand.OpenCycle;
import org.reformplatform.evaluation.cycle.CycleCommand.SubmitDossier;
import org.reformplatform.evaluation.cycle.CycleId;
import org.reformplatform.evaluation.cycle.DossierId;
import org.reformplatform.evaluation.cycle.PilotMembership;
import org.reformplatform.evaluation.pilot.InstitutionKind;
import org.reformplatform.evaluation.pilot.MeasureDimension;
import org.reformplatform.evaluation.pilot.Pilot;
import org.reformplatform.evaluation.pilot.PilotCommand.JoinPilot;
import org.reformplatform.evaluation.pilot.PilotCommand.LaunchPilot;
import org.reformplatform.evaluation.pilot.PilotCommand.RecordMeasure;
import org.reformplatform.evaluation.pilot.PilotId;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.Scheme;
import org.reformplatform.evaluation.scheme.SchemeCommand.DefineScheme;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.SchemeVersion;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.evaluation.scheme.TrackRequest;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;

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
    Clock clock;

    /** Loads what is missing, in the caller's transaction: all of it or nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Loaded load() {
        PilotData data = read();
        Instant now = clock.instant();
        int launched = 0, joined = 0, measures = 0, schemes = 0, cycles = 0, dossiers = 0, lists = 0;

        Pilot pilot = aggregates.load(Pilot.TYPE, PILOT).state();
        if (!pilot.exists()) {
            pilot = aggregates.handle(Pilot.TYPE, PILOT, new LaunchPilot(PILOT, data.pilot().name(), data.pilot().description(), now)).state();
            launched++;
        }
        for (InstitutionData institution : data.institutions()) {
            String org = institution.institution();
            if (!pilot.isMember(org)) {
                pilot = aggregates.handle(Pilot.TYPE, PILOT, new JoinPilot(org, institution.name(), institution.kind(), now)).state();
                joined++;
            }
            for (MeasureData measure : institution.measures()) {
                if (!pilot.measures().contains(measure.code())) {
                    pilot = aggregates.handle(Pilot.TYPE, PILOT, new RecordMeasure(org, measure.code(), measure.title(), measure.dimension(), now)).state();
                    measures++;
                }
            }

            SchemeId schemeId = new SchemeId(ReferenceIds.of("scheme/" + org));
            Scheme scheme = aggregates.load(Scheme.TYPE, schemeId).state();
            if (!scheme.exists()) {
                List<Track> tracks = institution.scheme().tracks().stream().map(TrackRequest::toTrack).toList();
                scheme = aggregates.handle(Scheme.TYPE, schemeId, new DefineScheme(schemeId, org, institution.scheme().name(),
                        institution.scheme().description(), tracks, now)).state();
                schemes++;
            }

            CycleId cycleId = new CycleId(ReferenceIds.of("cycle/" + org));
            Cycle cycle = aggregates.load(Cycle.TYPE, cycleId).state();
            if (!cycle.exists()) {
                SchemeVersion version = scheme.current();
                cycle = aggregates.handle(Cycle.TYPE, cycleId, new OpenCycle(cycleId, schemeId, version.number(), org, "Pilot evaluation",
                        version.tracks(), new PilotMembership(PILOT, pilot.isMember(org)), now)).state();
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
                cycle = aggregates.handle(Cycle.TYPE, cycleId, new SubmitDossier(dossierId, researcher, track.code(), track.uses().get(0),
                        List.of("Work report for the pilot evaluation", "Representative works under " + track.name()), now)).state();
                dossiers++;
            }

            if (institution.challengeList() != null) {
                ChallengeListId listId = new ChallengeListId(ReferenceIds.of("challenges/" + org));
                if (!aggregates.load(ChallengeList.TYPE, listId).exists()) {
                    aggregates.handle(ChallengeList.TYPE, listId, new PublishChallengeList(listId, org, institution.challengeList().title(),
                            institution.challengeList().challenges(), now));
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
