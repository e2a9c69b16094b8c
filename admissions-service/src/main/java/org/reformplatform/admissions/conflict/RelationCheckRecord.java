package org.reformplatform.admissions.conflict;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.reformplatform.eventsourcing.conflict.RelationCheckRow;

/** One relation checked between a reviewer and an application's candidate before the reviewer joined its panel. */
@Entity
@Table(name = "reviewer_relation_checks")
@AttributeOverride(name = "subjectId", column = @Column(name = "application_id"))
@AttributeOverride(name = "checker", column = @Column(name = "reviewer"))
public class RelationCheckRecord extends RelationCheckRow {
}
