package org.reformplatform.qualification.recognitionlist;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the recognition-list read model: one entry as one version lists it. */
@Entity
@Table(name = "listed_entries")
@IdClass(EntryInVersion.class)
public class ListedEntry extends PanacheEntityBase {

    @Id
    public String version;
    @Id
    public UUID qualificationId;
    public String name;
    public String issuingBody;
    public String country;
    public String profession;
    public boolean recognised;
    public boolean urgentlyNeeded;
    public boolean titleEquivalence;
    public boolean mutualRecognition;
    public String titleSeries;
    @Enumerated(EnumType.STRING)
    public TitleLevel titleLevel;

    static ListedEntry of(String version, ListEntry entry) {
        ListedEntry row = new ListedEntry();
        row.version = version;
        row.qualificationId = entry.qualificationId().value();
        row.describe(entry);
        return row;
    }

    void describe(ListEntry entry) {
        name = entry.name();
        issuingBody = entry.issuingBody();
        country = entry.country();
        profession = entry.profession();
        recognised = entry.isOn(SubList.RECOGNISED);
        urgentlyNeeded = entry.isOn(SubList.URGENTLY_NEEDED);
        titleEquivalence = entry.isOn(SubList.TITLE_EQUIVALENCE);
        mutualRecognition = entry.isOn(SubList.MUTUAL_RECOGNITION);
        titleSeries = entry.titleEquivalence() == null ? null : entry.titleEquivalence().series();
        titleLevel = entry.titleEquivalence() == null ? null : entry.titleEquivalence().level();
    }

    ListedEntry copyInto(String otherVersion) {
        return of(otherVersion, toEntry());
    }

    public ListEntry toEntry() {
        List<SubList> subLists = new ArrayList<>();
        if (recognised) {
            subLists.add(SubList.RECOGNISED);
        }
        if (urgentlyNeeded) {
            subLists.add(SubList.URGENTLY_NEEDED);
        }
        if (titleEquivalence) {
            subLists.add(SubList.TITLE_EQUIVALENCE);
        }
        if (mutualRecognition) {
            subLists.add(SubList.MUTUAL_RECOGNITION);
        }
        return new ListEntry(new QualificationId(qualificationId), name, issuingBody, country, profession, subLists,
                titleSeries == null ? null : new TitleEquivalence(titleSeries, titleLevel));
    }
}
