package org.reformplatform.qualification.recognitionlist;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Why a version withdrew an entry: the differences between versions show it. */
@Entity
@Table(name = "list_withdrawals")
@IdClass(ListWithdrawal.Key.class)
public class ListWithdrawal extends PanacheEntityBase {

    @Id
    public String version;
    @Id
    public UUID qualificationId;
    public String reason;

    /** The row's key: version and entry. */
    public static class Key implements Serializable {
        public String version;
        public UUID qualificationId;

        public Key() {
        }

        public Key(String version, UUID qualificationId) {
            this.version = version;
            this.qualificationId = qualificationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(version, k.version) && Objects.equals(qualificationId, k.qualificationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(version, qualificationId);
        }
    }
}
