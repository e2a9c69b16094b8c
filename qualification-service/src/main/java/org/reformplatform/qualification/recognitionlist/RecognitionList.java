package org.reformplatform.qualification.recognitionlist;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
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

/**
 * The region's recognition list of foreign professional qualifications (境外职业资格证书认可清单) with all
 * its versions, in one stream: publishing rules span versions (one draft at a time, a draft starts
 * from the latest published version, effective dates only move forward), and one stream decides
 * them without races. Every past version stays here, so "which version was in force on D" is a
 * question to this state, not to a clock.
 */
public record RecognitionList(RecognitionListId id, List<ListVersion> versions) {

    public static final AggregateType<RecognitionList, RecognitionListCommand, RecognitionListEvent> TYPE =
            new AggregateType<>("RecognitionList", new Lifecycle());

    public static final RecognitionList EMPTY = new RecognitionList(null, List.of());

    public Optional<ListVersion> version(VersionLabel label) {
        return versions.stream().filter(v -> v.label().equals(label)).findFirst();
    }

    public List<ListVersion> published() {
        return versions.stream().filter(ListVersion::isPublished).toList();
    }

    public Optional<ListVersion> latestPublished() {
        return published().stream().max(Comparator.comparing(ListVersion::effectiveOn));
    }

    public Optional<ListVersion> openDraft() {
        return versions.stream().filter(v -> !v.isPublished()).findFirst();
    }

    /** The version in force on the date: the latest published one whose effective date is on or before it. */
    public Optional<ListVersion> inForceOn(LocalDate date) {
        return published().stream().filter(v -> !v.effectiveOn().isAfter(date)).max(Comparator.comparing(ListVersion::effectiveOn));
    }

    /** How a decider sees the list and its versions change. */
    static final class Lifecycle implements Decider<RecognitionList, RecognitionListCommand, RecognitionListEvent> {

        @Override
        public RecognitionList initialState() {
            return EMPTY;
        }

        @Override
        public List<RecognitionListEvent> decide(RecognitionListCommand command, RecognitionList state) {
            RecognitionListId listId = state.id == null ? RecognitionListId.REGIONAL : state.id;
            if (command instanceof DraftVersion draft) {
                return draft(listId, draft, state);
            }
            if (command instanceof ReviseDraft revise) {
                return revise(listId, revise, state);
            }
            if (command instanceof PublishVersion publish) {
                return publish(listId, publish, state);
            }
            if (command instanceof DiscardDraft discard) {
                ListVersion version = existing(state, discard.version());
                require(!version.isPublished(), () -> RuleViolation.conflict("version-already-published",
                        "Version " + version.label() + " is published and stays as it is"));
                return List.of(new ListDraftDiscarded(listId, version.label().toString()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        /** One draft at a time, with a label above every existing one, copied from the latest published version. */
        private static List<RecognitionListEvent> draft(RecognitionListId listId, DraftVersion draft, RecognitionList state) {
            state.openDraft().ifPresent(open -> {
                throw RuleViolation.conflict("draft-already-open", "Version " + open.label()
                        + " is being drafted; publish or discard it before drafting another").with("draft", open.label().toString());
            });
            require(state.version(draft.version()).isEmpty(), () -> RuleViolation.conflict("version-exists",
                    "Version " + draft.version() + " exists already"));
            state.versions.stream().map(ListVersion::label).max(Comparator.naturalOrder()).ifPresent(highest ->
                    require(draft.version().isAfter(highest), () -> RuleViolation.invalid("version-not-later",
                            "A new version must be numbered above " + highest + ", not " + draft.version()).with("latest", highest.toString())));
            String basedOn = state.latestPublished().map(v -> v.label().toString()).orElse(null);
            return List.of(new ListVersionDrafted(listId, draft.version().toString(), basedOn, draft.at()));
        }

        /** Revisions apply in order to the draft as the previous ones left it; one refusal refuses them all. */
        private static List<RecognitionListEvent> revise(RecognitionListId listId, ReviseDraft revise, RecognitionList state) {
            ListVersion version = existing(state, revise.version());
            require(!version.isPublished(), () -> RuleViolation.conflict("version-published",
                    "Version " + version.label() + " is published and never changes; draft a new version instead"));
            require(!revise.revisions().isEmpty(), () -> RuleViolation.invalid("no-revisions", "Name at least one revision"));
            String label = version.label().toString();
            List<RecognitionListEvent> events = new ArrayList<>();
            ListVersion draft = version;
            for (EntryRevision revision : revise.revisions()) {
                RecognitionListEvent event = revision(listId, label, draft, revision);
                if (event != null) {
                    events.add(event);
                    draft = applyTo(draft, event);
                }
            }
            return events;
        }

        private static RecognitionListEvent revision(RecognitionListId listId, String label, ListVersion draft, EntryRevision revision) {
            if (revision instanceof AddEntry add) {
                ListEntry entry = add.entry();
                require(draft.entry(entry.qualificationId()).isEmpty(), () -> RuleViolation.conflict("entry-exists",
                        "Version " + label + " lists " + entry.qualificationId().value() + " already"));
                assertValid(entry);
                assertNoDuplicate(draft, entry);
                return new ListEntryAdded(listId, label, entry);
            }
            if (revision instanceof ChangeEntry change) {
                ListEntry entry = change.entry();
                ListEntry before = listed(draft, entry.qualificationId());
                assertValid(entry);
                assertNoDuplicate(draft, entry);
                return before.equals(entry) ? null : new ListEntryChanged(listId, label, entry);
            }
            if (revision instanceof WithdrawEntry withdraw) {
                listed(draft, withdraw.qualificationId());
                require(withdraw.reason() != null && !withdraw.reason().isBlank(), () -> RuleViolation.invalid("withdrawal-reason-missing",
                        "Say why the entry is withdrawn"));
                return new ListEntryWithdrawn(listId, label, withdraw.qualificationId(), withdraw.reason().trim());
            }
            throw new IllegalArgumentException("unknown revision " + revision);
        }

        /** A version is published whole, in force strictly after the version before it. */
        private static List<RecognitionListEvent> publish(RecognitionListId listId, PublishVersion publish, RecognitionList state) {
            ListVersion version = existing(state, publish.version());
            require(!version.isPublished(), () -> RuleViolation.conflict("version-already-published",
                    "Version " + version.label() + " was published on " + version.publishedAt() + ", in force from " + version.effectiveOn())
                    .with("effectiveOn", version.effectiveOn().toString()));
            require(!version.entries().isEmpty(), () -> RuleViolation.invalid("version-empty", "Version " + version.label() + " lists nothing"));
            state.latestPublished().ifPresent(previous -> require(publish.effectiveOn().isAfter(previous.effectiveOn()),
                    () -> RuleViolation.invalid("effective-date-not-later", "Version " + version.label() + " must take effect after "
                            + previous.effectiveOn() + ", when version " + previous.label() + " took effect")
                            .with("previousVersion", previous.label().toString()).with("previousEffectiveOn", previous.effectiveOn().toString())));
            return List.of(new ListVersionPublished(listId, version.label().toString(),
                    version.basedOn() == null ? null : version.basedOn().toString(), publish.effectiveOn(), publish.at(),
                    version.entries().size(), version.counts()));
        }

        private static void assertValid(ListEntry entry) {
            require(filled(entry.name()) && filled(entry.issuingBody()) && filled(entry.country()) && filled(entry.profession()),
                    () -> RuleViolation.invalid("entry-incomplete", "An entry names the qualification, its issuing body, country or region, and profession"));
            require(!entry.subLists().isEmpty(), () -> RuleViolation.invalid("no-sub-list", "An entry is on at least one sub-list"));
            if (entry.isOn(SubList.TITLE_EQUIVALENCE)) {
                require(entry.titleEquivalence() != null && filled(entry.titleEquivalence().series()) && entry.titleEquivalence().level() != null,
                        () -> RuleViolation.invalid("title-equivalence-missing",
                                "An entry on the title-equivalence list names the domestic title series and level it maps to"));
            } else {
                require(entry.titleEquivalence() == null, () -> RuleViolation.invalid("title-equivalence-without-sub-list",
                        "Only an entry on the title-equivalence list maps to a domestic title"));
            }
        }

        private static void assertNoDuplicate(ListVersion draft, ListEntry entry) {
            draft.entries().values().stream()
                    .filter(other -> !other.qualificationId().equals(entry.qualificationId()) && other.sameQualificationAs(entry))
                    .findFirst().ifPresent(other -> {
                        throw RuleViolation.conflict("duplicate-entry", "Version " + draft.label() + " lists \"" + other.name() + "\" by "
                                + other.issuingBody() + " already").with("qualificationId", other.qualificationId().value().toString());
                    });
        }

        private static ListEntry listed(ListVersion draft, QualificationId id) {
            return draft.entry(id).orElseThrow(() -> RuleViolation.notFound("unknown-entry",
                    "Version " + draft.label() + " does not list " + id.value()));
        }

        private static ListVersion existing(RecognitionList state, VersionLabel label) {
            return state.version(label).orElseThrow(() -> RuleViolation.notFound("unknown-version", "There is no version " + label));
        }

        private static boolean filled(String text) {
            return text != null && !text.isBlank();
        }

        @Override
        public RecognitionList evolve(RecognitionList state, RecognitionListEvent event) {
            if (event instanceof ListVersionDrafted drafted) {
                VersionLabel basedOn = VersionLabel.ofNullable(drafted.basedOn());
                Map<QualificationId, ListEntry> copied = basedOn == null ? Map.of()
                        : state.version(basedOn).map(ListVersion::entries).orElse(Map.of());
                List<ListVersion> versions = new ArrayList<>(state.versions);
                versions.add(ListVersion.draft(VersionLabel.parse(drafted.version()), basedOn, new LinkedHashMap<>(copied)));
                versions.sort(Comparator.comparing(ListVersion::label));
                return new RecognitionList(drafted.listId(), List.copyOf(versions));
            }
            if (event instanceof ListDraftDiscarded discarded) {
                VersionLabel label = VersionLabel.parse(discarded.version());
                return new RecognitionList(state.id, state.versions.stream().filter(v -> !v.label().equals(label)).toList());
            }
            VersionLabel label = VersionLabel.parse(event.version());
            return new RecognitionList(state.id, state.versions.stream()
                    .map(v -> v.label().equals(label) ? applyTo(v, event) : v).toList());
        }

        private static ListVersion applyTo(ListVersion version, RecognitionListEvent event) {
            if (event instanceof ListEntryAdded added) {
                return version.withEntry(added.entry());
            }
            if (event instanceof ListEntryChanged changed) {
                return version.withEntry(changed.entry());
            }
            if (event instanceof ListEntryWithdrawn withdrawn) {
                return version.without(withdrawn.qualificationId());
            }
            if (event instanceof ListVersionPublished published) {
                return version.published(published.effectiveOn(), published.publishedAt());
            }
            return version;
        }
    }
}
