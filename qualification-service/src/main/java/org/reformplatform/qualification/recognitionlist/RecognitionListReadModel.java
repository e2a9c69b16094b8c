package org.reformplatform.qualification.recognitionlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;

import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.http.PageRequest;
import org.reformplatform.qualification.recognitionlist.VersionDifference.ChangedEntry;
import org.reformplatform.qualification.recognitionlist.VersionDifference.WithdrawnEntry;

/**
 * The questions asked of the recognition-list read model: versions and their counts, the version
 * in force on a date, entries filtered by sub-list, country and profession, and the differences
 * between two versions. Counts are counted from the entry rows, which only events fill.
 */
@ApplicationScoped
public class RecognitionListReadModel {

    private static final String COUNTS = "select e.version, count(e), "
            + "sum(case when e.recognised = true then 1 else 0 end), sum(case when e.urgentlyNeeded = true then 1 else 0 end), "
            + "sum(case when e.titleEquivalence = true then 1 else 0 end), sum(case when e.mutualRecognition = true then 1 else 0 end) "
            + "from ListedEntry e ";

    public Optional<ListVersionSummary> version(String label) {
        return ListVersionSummary.findByIdOptional(label);
    }

    /** Versions in order, published ones only if {@code publishedOnly}; the page's counts are counted in one query. */
    public Page<ListVersionListing> versions(boolean publishedOnly, PageRequest paging) {
        Page<ListVersionSummary> rows = ListFilter.all()
                .equal("status", publishedOnly ? ListVersion.Status.PUBLISHED : null)
                .page(ListVersionSummary.class, Sort.by("major").and("minor"), paging,
                        (ListVersionSummary row) -> row);
        Map<String, Object[]> counts = new HashMap<>();
        if (!rows.items().isEmpty()) {
            List<Object[]> grouped = em().createQuery(COUNTS + "where e.version in :versions group by e.version", Object[].class)
                    .setParameter("versions", rows.items().stream().map(r -> r.version).toList()).getResultList();
            grouped.forEach(row -> counts.put((String) row[0], row));
        }
        return rows.map(row -> listing(row, counts.get(row.version)));
    }

    /** The latest published version whose effective date is on or before the date. */
    public Optional<ListVersionListing> inForceOn(LocalDate date) {
        ListFilter inForce = ListFilter.all().equal("status", ListVersion.Status.PUBLISHED).where("effectiveOn <= :on", "on", date);
        return ListVersionSummary.<ListVersionSummary>find(inForce.query(), Sort.descending("effectiveOn"), inForce.params())
                .firstResultOptional().map(this::listing);
    }

    public ListVersionListing listing(ListVersionSummary row) {
        List<Object[]> counted = em().createQuery(COUNTS + "where e.version = :version group by e.version", Object[].class)
                .setParameter("version", row.version).getResultList();
        return listing(row, counted.isEmpty() ? null : counted.get(0));
    }

    private static ListVersionListing listing(ListVersionSummary row, Object[] counted) {
        if (counted == null) {
            return ListVersionListing.of(row, 0, new SubListCounts(0, 0, 0, 0));
        }
        return ListVersionListing.of(row, number(counted[1]),
                new SubListCounts((int) number(counted[2]), (int) number(counted[3]), (int) number(counted[4]), (int) number(counted[5])));
    }

    /** A version's entries, by name, optionally only those on a sub-list, from a country or for a profession (case ignored). */
    public Page<ListEntryView> entries(String version, SubList subList, String country, String profession, PageRequest paging) {
        return ListFilter.all()
                .equal("version", version)
                .equal("recognised", subList == SubList.RECOGNISED ? true : null)
                .equal("urgentlyNeeded", subList == SubList.URGENTLY_NEEDED ? true : null)
                .equal("titleEquivalence", subList == SubList.TITLE_EQUIVALENCE ? true : null)
                .equal("mutualRecognition", subList == SubList.MUTUAL_RECOGNITION ? true : null)
                .where("lower(country) = :country", "country", lowerCase(country))
                .where("lower(profession) = :profession", "profession", lowerCase(profession))
                .page(ListedEntry.class, Sort.by("name").and("qualificationId"), paging,
                        (ListedEntry e) -> ListEntryView.of(version, e.toEntry()));
    }

    /** A text filter as compared: trimmed, lower case; left out (null) when blank. */
    private static String lowerCase(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    }

    /** Entry by entry: on {@code to} only (added), on both but different (changed), on {@code from} only (withdrawn). */
    public VersionDifference difference(String from, String to) {
        Map<UUID, ListEntry> before = entriesOf(from);
        Map<UUID, ListEntry> after = entriesOf(to);
        List<ListEntryView> added = new ArrayList<>();
        List<ChangedEntry> changed = new ArrayList<>();
        List<WithdrawnEntry> withdrawn = new ArrayList<>();
        after.forEach((id, entry) -> {
            ListEntry earlier = before.get(id);
            if (earlier == null) {
                added.add(ListEntryView.of(to, entry));
            } else if (!earlier.equals(entry)) {
                changed.add(new ChangedEntry(id, changedFields(earlier, entry), ListEntryView.of(from, earlier), ListEntryView.of(to, entry)));
            }
        });
        Map<UUID, String> reasons = new HashMap<>();
        ListWithdrawal.<ListWithdrawal>list("version", to).forEach(w -> reasons.put(w.qualificationId, w.reason));
        before.forEach((id, entry) -> {
            if (!after.containsKey(id)) {
                withdrawn.add(new WithdrawnEntry(ListEntryView.of(from, entry), reasons.get(id)));
            }
        });
        return new VersionDifference(from, to, added.size(), changed.size(), withdrawn.size(), added, changed, withdrawn);
    }

    private static Map<UUID, ListEntry> entriesOf(String version) {
        Map<UUID, ListEntry> entries = new LinkedHashMap<>();
        ListedEntry.<ListedEntry>list("version", Sort.by("name").and("qualificationId"), version)
                .forEach(e -> entries.put(e.qualificationId, e.toEntry()));
        return entries;
    }

    /** The fields of an entry a difference names, in the order it names them. */
    private record Field(String name, Function<ListEntry, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(new Field("name", ListEntry::name), new Field("issuingBody", ListEntry::issuingBody),
            new Field("country", ListEntry::country), new Field("profession", ListEntry::profession),
            new Field("subLists", ListEntry::subLists), new Field("titleEquivalence", ListEntry::titleEquivalence));

    private static List<String> changedFields(ListEntry a, ListEntry b) {
        return FIELDS.stream().filter(f -> !Objects.equals(f.value().apply(a), f.value().apply(b))).map(Field::name).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static EntityManager em() {
        return ListVersionSummary.getEntityManager();
    }
}
