package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.qualification.recognitionlist.TitleLevel;

/** A row of the holder-recognitions read model: one recognised qualification and its title equivalence, if any. */
@Entity
@Table(name = "holder_recognitions")
public class HolderRecognition extends PanacheEntityBase {

    @Id
    public UUID applicationId;
    public UUID holderId;
    public String organisation;
    public UUID qualificationId;
    public String qualificationName;
    public String country;
    public String profession;
    public String listVersion;
    public LocalDate recognisedOn;
    public String titleSeries;
    @Enumerated(EnumType.STRING)
    public TitleLevel titleLevel;
    public int streamVersion;
}
