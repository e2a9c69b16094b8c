package org.reformplatform.qualification.recognitionlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.qualification.recognitionlist.EntryRevision.AddEntry;
import org.reformplatform.qualification.recognitionlist.EntryRevision.ChangeEntry;
import org.reformplatform.qualification.recognitionlist.EntryRevision.WithdrawEntry;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.DiscardDraft;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.DraftVersion;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.PublishVersion;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.ReviseDraft;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListDraftDiscarded;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryAdded;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryChanged;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryWithdrawn;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListVersionDrafted;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListVersionPublished;
import org.reformplatform.testing.DeciderSpec;

/** The rules of the recognition list: given its history, when an operator's command, then events or a refusal. */
class RecognitionListTest {

    static final RecognitionListId LIST = RecognitionListId.REGIONAL;
    static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");
    static final VersionLabel V2 = new VersionLabel(2, 0);
    static final VersionLabel V3 = new VersionLabel(3, 0);
    static final LocalDate EFFECTIVE_2 = LocalDate.of(2025, 1, 1);

    static final ListEntry ENGINEER = new ListEntry(QualificationId.random(), "Chartered Engineer", "Engineering Council", "United Kingdom",
            "Engineering", List.of(SubList.TITLE_EQUIVALENCE, SubList.RECOGNISED), new TitleEquivalence("Engineering", TitleLevel.INTERMEDIATE));
    static final ListEntry NURSE = new ListEntry(QualificationId.random(), "Registered Nurse", "Nursing Board", "Australia", "Nursing",
            List.of(SubList.RECOGNISED, SubList.URGENTLY_NEEDED), null);

    static final ListVersionDrafted DRAFTED_2 = new ListVersionDrafted(LIST, "2.0", null, AT);
    static final ListEntryAdded ENGINEER_ADDED = new ListEntryAdded(LIST, "2.0", ENGINEER);
    static final ListEntryAdded NURSE_ADDED = new ListEntryAdded(LIST, "2.0", NURSE);
    static final ListVersionPublished PUBLISHED_2 = new ListVersionPublished(LIST, "2.0", null, EFFECTIVE_2, AT, 2,
            new SubListCounts(2, 1, 1, 0));
    static final ListVersionDrafted DRAFTED_3 = new ListVersionDrafted(LIST, "3.0", "2.0", AT);

    final DeciderSpec<RecognitionList, RecognitionListCommand, RecognitionListEvent> spec = DeciderSpec.of(
            RecognitionList.TYPE.decider()::initialState, RecognitionList.TYPE.decider()::decide, RecognitionList.TYPE.decider()::evolve)
            .covering(RecognitionListCommand.class, RecognitionListEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(RecognitionListCommand.class);
    }

    static ReviseDraft revise(VersionLabel version, EntryRevision... revisions) {
        return new ReviseDraft(version, List.of(revisions));
    }

    static String refusal(DeciderSpec<RecognitionList, RecognitionListCommand, RecognitionListEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Drafting {

        @Test
        void the_first_version_is_drafted_from_nothing() {
            spec.given().when(new DraftVersion(V2, AT)).then(DRAFTED_2);
        }

        @Test
        void a_new_draft_starts_from_the_latest_published_version() {
            spec.given(DRAFTED_2, ENGINEER_ADDED, NURSE_ADDED, PUBLISHED_2).when(new DraftVersion(V3, AT)).then(DRAFTED_3);
            RecognitionList drafted = spec.given(DRAFTED_2, ENGINEER_ADDED, NURSE_ADDED, PUBLISHED_2, DRAFTED_3).state();
            assertThat(drafted.version(V3).orElseThrow().entries()).isEqualTo(drafted.version(V2).orElseThrow().entries());
            assertThat(drafted.version(V3).orElseThrow().isPublished()).isFalse();
        }

        @Test
        void one_draft_at_a_time() {
            assertThat(refusal(spec.given(DRAFTED_2).when(new DraftVersion(V3, AT)))).isEqualTo("draft-already-open");
        }

        @Test
        void a_version_number_is_used_once() {
            assertThat(refusal(spec.given(DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2).when(new DraftVersion(V2, AT)))).isEqualTo("version-exists");
        }

        @Test
        void version_numbers_only_go_up() {
            assertThat(refusal(spec.given(DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2).when(new DraftVersion(new VersionLabel(1, 9), AT))))
                    .isEqualTo("version-not-later");
            spec.given(DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2).when(new DraftVersion(new VersionLabel(2, 1), AT))
                    .then(new ListVersionDrafted(LIST, "2.1", "2.0", AT));
        }

        @Test
        void a_discarded_draft_makes_room_for_another() {
            spec.given(DRAFTED_2).when(new DiscardDraft(V2)).then(new ListDraftDiscarded(LIST, "2.0"));
            spec.given(DRAFTED_2, new ListDraftDiscarded(LIST, "2.0")).when(new DraftVersion(V2, AT)).then(DRAFTED_2);
        }

        @Test
        void a_published_version_cannot_be_discarded() {
            assertThat(refusal(spec.given(DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2).when(new DiscardDraft(V2))))
                    .isEqualTo("version-already-published");
        }
    }

    @Nested
    class Revising {

        final ListEntry pharmacist = new ListEntry(QualificationId.random(), "Registered Pharmacist", "Pharmacy Council", "Singapore",
                "Pharmacy", List.of(SubList.MUTUAL_RECOGNITION), null);

        @Test
        void an_entry_is_added_to_a_draft() {
            spec.given(DRAFTED_2).when(revise(V2, new AddEntry(ENGINEER))).then(ENGINEER_ADDED);
        }

        @Test
        void a_published_version_never_changes() {
            RecognitionListEvent[] published = {DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2};
            assertThat(refusal(spec.given(published).when(revise(V2, new AddEntry(pharmacist))))).isEqualTo("version-published");
            assertThat(refusal(spec.given(published).when(revise(V2, new ChangeEntry(rename(ENGINEER, "CEng")))))).isEqualTo("version-published");
            RuleViolation withdrawal = spec.given(published).when(revise(V2, new WithdrawEntry(ENGINEER.qualificationId(), "gone")))
                    .thenRefused(RuleViolation.class);
            assertThat(withdrawal.code()).isEqualTo("version-published");
            assertThat(withdrawal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_draft_copied_from_a_published_version_changes_without_touching_it() {
            ListEntry senior = new ListEntry(ENGINEER.qualificationId(), ENGINEER.name(), ENGINEER.issuingBody(), ENGINEER.country(),
                    ENGINEER.profession(), ENGINEER.subLists(), new TitleEquivalence("Engineering", TitleLevel.SENIOR));
            spec.given(DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2, DRAFTED_3).when(revise(V3, new ChangeEntry(senior)))
                    .then(new ListEntryChanged(LIST, "3.0", senior));
            RecognitionList after = spec.given(DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2, DRAFTED_3, new ListEntryChanged(LIST, "3.0", senior)).state();
            assertThat(after.version(V2).orElseThrow().entry(ENGINEER.qualificationId())).contains(ENGINEER);
            assertThat(after.version(V3).orElseThrow().entry(ENGINEER.qualificationId())).contains(senior);
        }

        @Test
        void a_change_to_what_the_entry_already_reads_changes_nothing() {
            spec.given(DRAFTED_2, ENGINEER_ADDED).when(revise(V2, new ChangeEntry(ENGINEER))).then();
        }

        @Test
        void an_entry_is_withdrawn_from_a_draft_with_a_reason() {
            spec.given(DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2, DRAFTED_3).when(revise(V3, new WithdrawEntry(ENGINEER.qualificationId(), " Superseded ")))
                    .then(new ListEntryWithdrawn(LIST, "3.0", ENGINEER.qualificationId(), "Superseded"));
            assertThat(refusal(spec.given(DRAFTED_2, ENGINEER_ADDED).when(revise(V2, new WithdrawEntry(ENGINEER.qualificationId(), " ")))))
                    .isEqualTo("withdrawal-reason-missing");
        }

        @Test
        void only_listed_entries_are_changed_or_withdrawn() {
            RuleViolation refusal = spec.given(DRAFTED_2).when(revise(V2, new WithdrawEntry(ENGINEER.qualificationId(), "gone")))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("unknown-entry");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
            assertThat(refusal(spec.given(DRAFTED_2).when(revise(V2, new ChangeEntry(ENGINEER))))).isEqualTo("unknown-entry");
        }

        @Test
        void an_entry_is_listed_once() {
            assertThat(refusal(spec.given(DRAFTED_2, ENGINEER_ADDED).when(revise(V2, new AddEntry(ENGINEER))))).isEqualTo("entry-exists");
            ListEntry sameQualification = new ListEntry(QualificationId.random(), "chartered  engineer", "ENGINEERING COUNCIL", "united kingdom",
                    "Engineering", List.of(SubList.RECOGNISED), null);
            assertThat(refusal(spec.given(DRAFTED_2, ENGINEER_ADDED).when(revise(V2, new AddEntry(sameQualification))))).isEqualTo("duplicate-entry");
        }

        @Test
        void the_same_qualification_from_another_country_is_another_entry() {
            ListEntry elsewhere = new ListEntry(QualificationId.random(), "Chartered Engineer", "Engineering Council", "Ireland",
                    "Engineering", List.of(SubList.RECOGNISED), null);
            spec.given(DRAFTED_2, ENGINEER_ADDED).when(revise(V2, new AddEntry(elsewhere))).then(new ListEntryAdded(LIST, "2.0", elsewhere));
        }

        @Test
        void an_entry_on_the_title_equivalence_list_names_the_title_and_only_it_does() {
            ListEntry noTitle = new ListEntry(QualificationId.random(), "Architect", "Architects Board", "Germany", "Architecture",
                    List.of(SubList.TITLE_EQUIVALENCE), null);
            assertThat(refusal(spec.given(DRAFTED_2).when(revise(V2, new AddEntry(noTitle))))).isEqualTo("title-equivalence-missing");
            ListEntry titleOffList = new ListEntry(QualificationId.random(), "Architect", "Architects Board", "Germany", "Architecture",
                    List.of(SubList.RECOGNISED), new TitleEquivalence("Engineering", TitleLevel.SENIOR));
            assertThat(refusal(spec.given(DRAFTED_2).when(revise(V2, new AddEntry(titleOffList))))).isEqualTo("title-equivalence-without-sub-list");
        }

        @Test
        void an_entry_is_on_at_least_one_sub_list() {
            ListEntry nowhere = new ListEntry(QualificationId.random(), "Architect", "Architects Board", "Germany", "Architecture", List.of(), null);
            assertThat(refusal(spec.given(DRAFTED_2).when(revise(V2, new AddEntry(nowhere))))).isEqualTo("no-sub-list");
        }

        @Test
        void revisions_apply_in_order_and_all_or_nothing() {
            spec.given(DRAFTED_2).when(revise(V2, new AddEntry(ENGINEER), new WithdrawEntry(ENGINEER.qualificationId(), "mistake")))
                    .then(ENGINEER_ADDED, new ListEntryWithdrawn(LIST, "2.0", ENGINEER.qualificationId(), "mistake"));
            assertThat(refusal(spec.given(DRAFTED_2).when(revise(V2, new AddEntry(pharmacist), new AddEntry(pharmacist))))).isEqualTo("entry-exists");
        }

        @Test
        void an_unknown_version_is_not_found() {
            RuleViolation refusal = spec.given().when(revise(V2, new AddEntry(ENGINEER))).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("unknown-version");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }

        static ListEntry rename(ListEntry entry, String name) {
            return new ListEntry(entry.qualificationId(), name, entry.issuingBody(), entry.country(), entry.profession(), entry.subLists(),
                    entry.titleEquivalence());
        }
    }

    @Nested
    class Publishing {

        @Test
        void a_draft_is_published_whole_with_its_counts_per_sub_list() {
            spec.given(DRAFTED_2, ENGINEER_ADDED, NURSE_ADDED).when(new PublishVersion(V2, EFFECTIVE_2, AT)).then(PUBLISHED_2);
        }

        @Test
        void publishing_twice_is_refused() {
            RuleViolation refusal = spec.given(DRAFTED_2, ENGINEER_ADDED, NURSE_ADDED, PUBLISHED_2)
                    .when(new PublishVersion(V2, EFFECTIVE_2.plusDays(1), AT)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("version-already-published");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_version_takes_effect_strictly_after_the_previous_one() {
            RecognitionListEvent[] history = {DRAFTED_2, ENGINEER_ADDED, NURSE_ADDED, PUBLISHED_2, DRAFTED_3};
            RuleViolation sameDay = spec.given(history).when(new PublishVersion(V3, EFFECTIVE_2, AT)).thenRefused(RuleViolation.class);
            assertThat(sameDay.code()).isEqualTo("effective-date-not-later");
            assertThat(sameDay.context()).containsEntry("previousEffectiveOn", "2025-01-01");
            assertThat(refusal(spec.given(history).when(new PublishVersion(V3, EFFECTIVE_2.minusDays(1), AT)))).isEqualTo("effective-date-not-later");
            spec.given(history).when(new PublishVersion(V3, EFFECTIVE_2.plusDays(1), AT)).then(new ListVersionPublished(LIST, "3.0", "2.0",
                    EFFECTIVE_2.plusDays(1), AT, 2, new SubListCounts(2, 1, 1, 0)));
        }

        @Test
        void an_empty_draft_is_not_published() {
            assertThat(refusal(spec.given(DRAFTED_2).when(new PublishVersion(V2, EFFECTIVE_2, AT)))).isEqualTo("version-empty");
        }

        @Test
        void an_entry_on_several_sub_lists_counts_on_each() {
            ListVersionPublished published = (ListVersionPublished) spec.given(DRAFTED_2, ENGINEER_ADDED, NURSE_ADDED)
                    .when(new PublishVersion(V2, EFFECTIVE_2, AT)).events().get(0);
            assertThat(published.entries()).isEqualTo(2);
            assertThat(published.counts()).isEqualTo(new SubListCounts(2, 1, 1, 0));
        }
    }

    @Nested
    class InTime {

        final LocalDate effective3 = LocalDate.of(2026, 1, 1);
        final RecognitionList list = spec.given(DRAFTED_2, ENGINEER_ADDED, PUBLISHED_2, DRAFTED_3,
                new ListVersionPublished(LIST, "3.0", "2.0", effective3, AT, 1, new SubListCounts(1, 0, 1, 0)),
                new ListVersionDrafted(LIST, "4.0", "3.0", AT)).state();

        @Test
        void nothing_is_in_force_before_the_first_effective_date() {
            assertThat(list.inForceOn(EFFECTIVE_2.minusDays(1))).isEmpty();
        }

        @Test
        void a_version_is_in_force_from_its_effective_date_until_the_next_ones() {
            assertThat(list.inForceOn(EFFECTIVE_2).map(ListVersion::label)).contains(V2);
            assertThat(list.inForceOn(effective3.minusDays(1)).map(ListVersion::label)).contains(V2);
            assertThat(list.inForceOn(effective3).map(ListVersion::label)).contains(V3);
            assertThat(list.inForceOn(LocalDate.of(2099, 1, 1)).map(ListVersion::label)).contains(V3);
        }

        @Test
        void a_draft_is_never_in_force() {
            assertThat(list.openDraft().map(ListVersion::label)).contains(new VersionLabel(4, 0));
            assertThat(list.latestPublished().map(ListVersion::label)).contains(V3);
        }
    }
}
