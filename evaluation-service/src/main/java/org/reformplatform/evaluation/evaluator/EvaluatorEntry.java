package org.reformplatform.evaluation.evaluator;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.evaluation.scheme.EvaluatorKind;

/** A row of the register's read model. */
@Entity
@Table(name = "evaluator_register")
public class EvaluatorEntry extends PanacheEntityBase {

    @Id
    public UUID id;
    public String subject;
    public String name;
    @Enumerated(EnumType.STRING)
    public EvaluatorKind kind;
    public String affiliation;
    public Instant registeredAt;
}
