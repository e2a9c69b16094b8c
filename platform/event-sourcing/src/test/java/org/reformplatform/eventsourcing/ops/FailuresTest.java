package org.reformplatform.eventsourcing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void a_commit_the_database_broke_off_is_a_database_failure_though_its_reason_is_only_suppressed() {
        XAException commit = new XAException("Error trying to transactionCommit local transaction: FATAL: terminating connection");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(commit);
        RuntimeException answered = new RuntimeException(rolledBack);

        assertThat(Failures.isDatabaseFailure(answered)).isTrue();
        assertThat(Failures.isTransient(answered)).isTrue();
    }

    @Test
    void a_rollback_for_another_reason_is_not() {
        RollbackException rolledBack = new RollbackException("marked for rollback");
        rolledBack.addSuppressed(new IllegalStateException("a bug"));
        assertThat(Failures.isDatabaseFailure(new RuntimeException(rolledBack))).isFalse();
    }
}
