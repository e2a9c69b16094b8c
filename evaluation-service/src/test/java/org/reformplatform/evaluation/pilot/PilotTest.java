package org.reformplatform.evaluation.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.pilot.PilotCommand.JoinPilot;
import org.reformplatform.evaluation.pilot.PilotCommand.LaunchPilot;
import org.reformplatform.evaluation.pilot.PilotCommand.RecordMeasure;
import org.reformplatform.evaluation.pilot.PilotEvent.InstitutionJoinedPilot;
import org.reformplatform.evaluation.pilot.PilotEvent.PilotLaunched;
import org.reformplatform.evaluation.pilot.PilotEvent.PilotMeasureRecorded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** The pilot: institutions join once and record their own measures. */
class PilotTest {

    static final PilotId ID = PilotId.random();
    static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    static final PilotLaunched LAUNCHED = new PilotLaunched(ID, "Pilot", null, AT);
    static final InstitutionJoinedPilot JOINED = new InstitutionJoinedPilot(ID, "centre", "Centre", InstitutionKind.RESEARCH_INSTITUTE, AT);

    final DeciderSpec<Pilot, PilotCommand, PilotEvent> spec = DeciderSpec.of(
            Pilot.TYPE.decider()::initialState, Pilot.TYPE.decider()::decide, Pilot.TYPE.decider()::evolve)
            .covering(PilotCommand.class, PilotEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(PilotCommand.class);
    }

    @Test
    void a_pilot_is_launched_once() {
        spec.given().when(new LaunchPilot(ID, "Pilot", null, AT)).then(LAUNCHED);
        assertThat(spec.given(LAUNCHED).when(new LaunchPilot(ID, "Pilot", null, AT)).thenRefused(RuleViolation.class).code()).isEqualTo("pilot-exists");
    }

    @Test
    void an_institution_joins_once() {
        spec.given(LAUNCHED).when(new JoinPilot("centre", "Centre", InstitutionKind.RESEARCH_INSTITUTE, AT)).then(JOINED);
        assertThat(spec.given(LAUNCHED, JOINED).when(new JoinPilot("centre", "Centre", InstitutionKind.RESEARCH_INSTITUTE, AT))
                .thenRefused(RuleViolation.class).code()).isEqualTo("already-in-pilot");
    }

    @Test
    void only_members_record_measures_each_code_once() {
        assertThat(spec.given(LAUNCHED).when(new RecordMeasure("centre", "M-1", "Tracks", MeasureDimension.WHAT, AT))
                .thenRefused(RuleViolation.class).code()).isEqualTo("not-in-pilot");
        PilotMeasureRecorded recorded = new PilotMeasureRecorded(ID, "centre", "M-1", "Tracks", MeasureDimension.WHAT, AT);
        spec.given(LAUNCHED, JOINED).when(new RecordMeasure("centre", "M-1", "Tracks", MeasureDimension.WHAT, AT)).then(recorded);
        assertThat(spec.given(LAUNCHED, JOINED, recorded).when(new RecordMeasure("centre", "M-1", "Again", MeasureDimension.HOW, AT))
                .thenRefused(RuleViolation.class).code()).isEqualTo("measure-exists");
    }

    @Test
    void an_unknown_pilot_is_not_found() {
        assertThat(spec.given().when(new JoinPilot("centre", "Centre", InstitutionKind.HOSPITAL, AT)).thenRefused(RuleViolation.class).kind())
                .isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }
}
