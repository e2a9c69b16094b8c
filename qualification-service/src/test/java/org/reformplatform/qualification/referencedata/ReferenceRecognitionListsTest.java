package org.reformplatform.qualification.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.qualification.recognitionlist.EntryRevision;
import org.reformplatform.qualification.recognitionlist.ListVersion;
import org.reformplatform.qualification.recognitionlist.RecognitionList;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.DraftVersion;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.PublishVersion;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.ReviseDraft;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent;
import org.reformplatform.qualification.recognitionlist.SubListCounts;

/** The reference data run through the list's own decider: the report's figures come out of the decisions. */
class ReferenceRecognitionListsTest {

    static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");
    final Decider<RecognitionList, RecognitionListCommand, RecognitionListEvent> decider = RecognitionList.TYPE.decider();

    RecognitionList loaded() {
        RecognitionList list = decider.initialState();
        for (RecognitionListCommand command : List.of(
                new DraftVersion(ReferenceRecognitionLists.EARLIER, AT),
                new ReviseDraft(ReferenceRecognitionLists.EARLIER, ReferenceRecognitionLists.earlierVersion()),
                new PublishVersion(ReferenceRecognitionLists.EARLIER, ReferenceRecognitionLists.EARLIER_EFFECTIVE_ON, AT),
                new DraftVersion(ReferenceRecognitionLists.CURRENT, AT),
                new ReviseDraft(ReferenceRecognitionLists.CURRENT, ReferenceRecognitionLists.towardsCurrentVersion()),
                new PublishVersion(ReferenceRecognitionLists.CURRENT, ReferenceRecognitionLists.CURRENT_EFFECTIVE_ON, AT))) {
            list = decider.fold(list, decider.decide(command, list));
        }
        return list;
    }

    @Test
    void version_3_0_has_the_reports_counts_per_sub_list() {
        ListVersion current = loaded().version(ReferenceRecognitionLists.CURRENT).orElseThrow();
        assertThat(current.isPublished()).isTrue();
        assertThat(current.counts()).isEqualTo(new SubListCounts(139, 24, 41, 12));
        assertThat(current.entries()).hasSize(143);
    }

    @Test
    void version_2_0_came_before_with_fewer_entries() {
        ListVersion earlier = loaded().version(ReferenceRecognitionLists.EARLIER).orElseThrow();
        assertThat(earlier.counts()).isEqualTo(new SubListCounts(130, 20, 36, 11));
        assertThat(earlier.entries()).hasSize(133);
    }

    @Test
    void version_3_0_adds_changes_and_withdraws_entries_of_2_0() {
        List<EntryRevision> revisions = new ArrayList<>(ReferenceRecognitionLists.towardsCurrentVersion());
        assertThat(revisions.stream().filter(r -> r instanceof EntryRevision.AddEntry)).hasSize(15);
        assertThat(revisions.stream().filter(r -> r instanceof EntryRevision.ChangeEntry)).hasSize(16);
        assertThat(revisions.stream().filter(r -> r instanceof EntryRevision.WithdrawEntry)).hasSize(5);
    }

    @Test
    void loading_is_recognised_as_done_only_once_both_versions_are_published() {
        assertThat(ReferenceRecognitionLists.isLoaded(decider.initialState())).isFalse();
        assertThat(ReferenceRecognitionLists.isLoaded(loaded())).isTrue();
    }
}
