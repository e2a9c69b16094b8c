package org.reformplatform.evaluation.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.researcher.ResearcherCommand.RecordMobilityResults;
import org.reformplatform.evaluation.researcher.ResearcherCommand.RecordTitleEquivalence;
import org.reformplatform.evaluation.researcher.ResearcherEvent.MobilityResultsRecorded;
import org.reformplatform.evaluation.researcher.ResearcherEvent.TitleEquivalenceRecorded;
import org.reformplatform.testing.DeciderSpec;

/** A researcher's record of evidence: created by its first evidence, indifferent to the same evidence twice. */
class ResearcherTest {

    static final ResearcherId ID = new ResearcherId(UUID.randomUUID());
    static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");
    static final UUID SOURCE = UUID.randomUUID();
    static final TitleEquivalence CHARTERED = new TitleEquivalence(UUID.randomUUID(), UUID.randomUUID(), "Chartered Engineer", "GB", "ENGINEERING",
            "SENIOR", "3.0", LocalDate.parse("2026-04-20"));
    static final MobilityRecord SECONDMENT = new MobilityRecord(UUID.randomUUID(), "SECONDMENT", "university", "chip-maker",
            LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), "EXCELLENT", true, List.of("tape-out delivered"));

    final DeciderSpec<Researcher, ResearcherCommand, ResearcherEvent> spec = DeciderSpec.of(
            Researcher.TYPE.decider()::initialState, Researcher.TYPE.decider()::decide, Researcher.TYPE.decider()::evolve)
            .covering(ResearcherCommand.class, ResearcherEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(ResearcherCommand.class);
    }

    @Test
    void evidence_creates_the_record_before_any_dossier_exists() {
        spec.given().when(new RecordTitleEquivalence(ID, CHARTERED, SOURCE, AT)).then(new TitleEquivalenceRecorded(ID, CHARTERED, SOURCE, AT));
        Researcher after = spec.given(new TitleEquivalenceRecorded(ID, CHARTERED, SOURCE, AT)).state();
        assertThat(after.exists()).isTrue();
        assertThat(after.evidence().equivalences()).containsExactly(CHARTERED);
    }

    @Test
    void the_same_evidence_again_changes_nothing() {
        spec.given(new TitleEquivalenceRecorded(ID, CHARTERED, SOURCE, AT)).when(new RecordTitleEquivalence(ID, CHARTERED, UUID.randomUUID(), AT)).then();
        spec.given(new MobilityResultsRecorded(ID, SECONDMENT, SOURCE, AT)).when(new RecordMobilityResults(ID, SECONDMENT, UUID.randomUUID(), AT)).then();
    }

    @Test
    void new_content_for_the_same_source_replaces_the_old() {
        MobilityRecord revised = new MobilityRecord(SECONDMENT.arrangementId(), "SECONDMENT", "university", "chip-maker",
                SECONDMENT.from(), SECONDMENT.to(), "SATISFACTORY", true, List.of("tape-out delivered late"));
        List<ResearcherEvent> events = spec.given(new MobilityResultsRecorded(ID, SECONDMENT, SOURCE, AT))
                .when(new RecordMobilityResults(ID, revised, UUID.randomUUID(), AT)).events();
        assertThat(events).hasSize(1);
        Researcher after = spec.given(new MobilityResultsRecorded(ID, SECONDMENT, SOURCE, AT), events.get(0)).state();
        assertThat(after.mobility()).containsExactly(revised);
    }
}
