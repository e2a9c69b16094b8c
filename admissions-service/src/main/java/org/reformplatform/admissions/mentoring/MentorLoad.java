package org.reformplatform.admissions.mentoring;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the mentor-load read model: one mentor, their capacity and how many students they mentor. */
@Entity
@Table(name = "mentor_loads")
public class MentorLoad extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public MentorKind kind;
    public String affiliation;
    /** The token subject the mentor acts (and reviews) with, and the mentor as a researcher: how a reviewer is recognised as this mentor. */
    public String subject;
    public UUID researcherId;
    public int capacity;
    public int students;
    public Instant registeredAt;
    /** The stream version last applied. */
    public int version;
}
