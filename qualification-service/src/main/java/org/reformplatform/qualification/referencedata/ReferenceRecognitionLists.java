package org.reformplatform.qualification.referencedata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.reformplatform.qualification.recognitionlist.EntryRevision;
import org.reformplatform.qualification.recognitionlist.ListEntry;
import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.RecognitionList;
import org.reformplatform.qualification.recognitionlist.SubList;
import org.reformplatform.qualification.recognitionlist.TitleEquivalence;
import org.reformplatform.qualification.recognitionlist.TitleLevel;
import org.reformplatform.qualification.recognitionlist.VersionLabel;

/**
 * The report's recognition list as reference data: version 3.0 with 139 recognised, 24 urgently
 * needed, 41 title-equivalence and 12 mutual-recognition entries, and the version 2.0 before it.
 * The names are illustrative; the structure is the report's. An entry may be on several
 * sub-lists; the counts are per sub-list.
 *
 * <pre>
 * version 3.0 (in force from 2025-03-01), 143 entries
 *   R001-R139  RECOGNISED                                  139
 *   R001-R024  also URGENTLY_NEEDED                         24
 *   R017-R057  also TITLE_EQUIVALENCE                       41
 *   R058-R065  also MUTUAL_RECOGNITION, plus M01-M04 only   12
 * version 2.0 (in force from 2023-07-01), 133 entries: 130 / 20 / 36 / 11
 *   R001-R125 and W01-W05 RECOGNISED; URGENTLY_NEEDED R001-R017 and W01-W03;
 *   TITLE_EQUIVALENCE R017-R051 and W04; MUTUAL_RECOGNITION R058-R065 and M01-M03
 * from 2.0 to 3.0: 15 added (R126-R139, M04), 5 withdrawn (W01-W05), 16 changed
 *   (R018-R024 become urgently needed, R052-R057 join the title-equivalence list,
 *    R030 and R031 map to a higher title level, R040's issuing body is renamed)
 * </pre>
 *
 * Every figure the read models show comes from the events the loader's commands produce, never from here.
 */
public final class ReferenceRecognitionLists {

    public static final VersionLabel EARLIER = new VersionLabel(2, 0);
    public static final LocalDate EARLIER_EFFECTIVE_ON = LocalDate.of(2023, 7, 1);
    public static final VersionLabel CURRENT = new VersionLabel(3, 0);
    public static final LocalDate CURRENT_EFFECTIVE_ON = LocalDate.of(2025, 3, 1);

    /** A profession: the credential it awards and the domestic title series it maps to. */
    private record Profession(String name, String credential, String titleSeries) {
    }

    private static final List<Profession> PROFESSIONS = List.of(
            new Profession("Engineering", "Chartered Engineer", "Engineering"),
            new Profession("Finance", "Chartered Financial Analyst", "Economics"),
            new Profession("Accounting", "Chartered Accountant", "Accounting"),
            new Profession("Auditing", "Certified Internal Auditor", "Auditing"),
            new Profession("Actuarial science", "Fellow of the Actuarial Society", "Economics"),
            new Profession("Information technology", "Certified Information Systems Professional", "Engineering"),
            new Profession("Architecture", "Registered Architect", "Engineering"),
            new Profession("Nursing", "Registered Nurse", "Health"),
            new Profession("Medicine", "Medical Specialist", "Health"),
            new Profession("Pharmacy", "Registered Pharmacist", "Health"),
            new Profession("Project management", "Project Management Professional", "Economics"),
            new Profession("Aviation", "Licensed Aircraft Maintenance Engineer", "Engineering"),
            new Profession("Education", "Qualified Teacher", "Education"),
            new Profession("Risk management", "Financial Risk Manager", "Economics"),
            new Profession("Surveying", "Chartered Surveyor", "Engineering"),
            new Profession("Patent practice", "Registered Patent Attorney", "Law"));

    private static final List<String> COUNTRIES = List.of("United Kingdom", "United States", "Germany", "France", "Japan", "Singapore",
            "Australia", "Canada", "Ireland", "New Zealand", "Switzerland");

    private static final List<String> MUTUAL_REGIONS = List.of("Hong Kong SAR", "Macao SAR", "Hong Kong SAR", "Macao SAR");

    private ReferenceRecognitionLists() {
    }

    /** Whether the reference versions are there already: loading them again must change nothing. */
    public static boolean isLoaded(RecognitionList list) {
        return list.version(EARLIER).filter(v -> v.isPublished()).isPresent() && list.version(CURRENT).filter(v -> v.isPublished()).isPresent();
    }

    /** Version 2.0's entries, to add to its draft. */
    public static List<EntryRevision> earlierVersion() {
        return earlier().values().stream().<EntryRevision>map(EntryRevision.AddEntry::new).toList();
    }

    /** What turns a draft copied from 2.0 into 3.0: additions, changes and withdrawals. */
    public static List<EntryRevision> towardsCurrentVersion() {
        Map<String, ListEntry> before = earlier();
        Map<String, ListEntry> after = current();
        List<EntryRevision> revisions = new ArrayList<>();
        after.forEach((code, entry) -> {
            ListEntry old = before.get(code);
            if (old != null && !old.equals(entry)) {
                revisions.add(new EntryRevision.ChangeEntry(entry));
            }
        });
        before.forEach((code, entry) -> {
            if (!after.containsKey(code)) {
                revisions.add(new EntryRevision.WithdrawEntry(entry.qualificationId(), "No longer awarded by "
                        + entry.issuingBody() + "; superseded by a successor qualification"));
            }
        });
        after.forEach((code, entry) -> {
            if (!before.containsKey(code)) {
                revisions.add(new EntryRevision.AddEntry(entry));
            }
        });
        return revisions;
    }

    static Map<String, ListEntry> earlier() {
        Map<String, ListEntry> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 125; i++) {
            Set<SubList> on = EnumSet.of(SubList.RECOGNISED);
            if (i <= 17) {
                on.add(SubList.URGENTLY_NEEDED);
            }
            if (i >= 17 && i <= 51) {
                on.add(SubList.TITLE_EQUIVALENCE);
            }
            if (i >= 58 && i <= 65) {
                on.add(SubList.MUTUAL_RECOGNITION);
            }
            TitleLevel level = i == 30 || i == 31 ? TitleLevel.INTERMEDIATE : levelOf(i);
            put(entries, recognised("R", i, on, level, i == 40 ? bodyOf(i) : null));
        }
        for (int i = 1; i <= 5; i++) {
            Set<SubList> on = EnumSet.of(SubList.RECOGNISED);
            if (i <= 3) {
                on.add(SubList.URGENTLY_NEEDED);
            }
            if (i == 4) {
                on.add(SubList.TITLE_EQUIVALENCE);
            }
            put(entries, recognised("W", 200 + i, on, levelOf(i), null));
        }
        for (int i = 1; i <= 3; i++) {
            put(entries, mutualOnly(i));
        }
        return entries;
    }

    static Map<String, ListEntry> current() {
        Map<String, ListEntry> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 139; i++) {
            Set<SubList> on = EnumSet.of(SubList.RECOGNISED);
            if (i <= 24) {
                on.add(SubList.URGENTLY_NEEDED);
            }
            if (i >= 17 && i <= 57) {
                on.add(SubList.TITLE_EQUIVALENCE);
            }
            if (i >= 58 && i <= 65) {
                on.add(SubList.MUTUAL_RECOGNITION);
            }
            TitleLevel level = i == 30 || i == 31 ? TitleLevel.ASSOCIATE_SENIOR : levelOf(i);
            put(entries, recognised("R", i, on, level, i == 40 ? "Chartered " + bodyOf(i) : null));
        }
        for (int i = 1; i <= 4; i++) {
            put(entries, mutualOnly(i));
        }
        return entries;
    }

    private static void put(Map<String, ListEntry> entries, Coded coded) {
        entries.put(coded.code, coded.entry);
    }

    private record Coded(String code, ListEntry entry) {
    }

    private static Coded recognised(String prefix, int n, Set<SubList> on, TitleLevel level, String body) {
        Profession p = PROFESSIONS.get(n % PROFESSIONS.size());
        String country = COUNTRIES.get((n / PROFESSIONS.size() + n) % COUNTRIES.size());
        String code = prefix + String.format("%03d", prefix.equals("W") ? n - 200 : n);
        TitleEquivalence title = on.contains(SubList.TITLE_EQUIVALENCE) ? new TitleEquivalence(p.titleSeries(), level) : null;
        return new Coded(code, new ListEntry(idOf(code), p.credential() + " (" + country + ", " + code + ")",
                body != null ? body : bodyOf(n), country, p.name(), List.copyOf(on), title));
    }

    private static Coded mutualOnly(int n) {
        Profession p = PROFESSIONS.get((n * 5) % PROFESSIONS.size());
        String region = MUTUAL_REGIONS.get(n - 1);
        String code = String.format("M%02d", n);
        return new Coded(code, new ListEntry(idOf(code), p.credential() + " (" + region + ", " + code + ")",
                region + " " + p.name() + " Registration Board", region, p.name(), List.of(SubList.MUTUAL_RECOGNITION), null));
    }

    private static String bodyOf(int n) {
        Profession p = PROFESSIONS.get(n % PROFESSIONS.size());
        String country = COUNTRIES.get((n / PROFESSIONS.size() + n) % COUNTRIES.size());
        return "Institute of " + p.name() + ", " + country;
    }

    private static TitleLevel levelOf(int n) {
        return n % 3 == 0 ? TitleLevel.SENIOR : n % 3 == 1 ? TitleLevel.INTERMEDIATE : TitleLevel.ASSOCIATE_SENIOR;
    }

    /** Stable ids: the same entry keeps its id from version to version, and from one load to the next. */
    private static QualificationId idOf(String code) {
        return new QualificationId(UUID.nameUUIDFromBytes(("reform-platform/qualification/reference/" + code).getBytes(StandardCharsets.UTF_8)));
    }
}
