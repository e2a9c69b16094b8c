package org.reformplatform.qualification.recognitionlist;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Why a version withdrew an entry: the differences between versions show it. */
@Entity
@Table(name = "list_withdrawals")
@IdClass(EntryInVersion.class)
public class ListWithdrawal extends PanacheEntityBase {

    @Id
    public String version;
    @Id
    public UUID qualificationId;
    public String reason;
}
