package org.reformplatform.eventsourcing.privacy;

import java.util.List;

/**
 * A read-model table that keeps personal data in clear: which text columns, and which rows are a
 * subject's ({@code where}, an SQL condition in which {@code :subject} stands for the subject's id
 * as text, e.g. {@code "researcher_id::text = :subject"}). Declared by a service's
 * {@link PersonalDataTables}; the kernel reads the rows for a subject-access request and overwrites
 * the columns with {@link org.reformplatform.eventsourcing.domain.PersonalData#ERASED} on erasure,
 * keeping the rows (counts stay right). A rebuild from the log gives the same: the events read as
 * erased by then.
 */
public record PersonalColumns(String readModel, String table, String where, List<String> columns) {

    public PersonalColumns {
        if (!table.matches("[a-z_]+") || columns.isEmpty() || !columns.stream().allMatch(c -> c.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("a table and text columns by their plain names: " + table + " " + columns);
        }
        if (!where.contains(":subject")) {
            throw new IllegalArgumentException("the condition of " + table + " must name :subject");
        }
    }

    public static PersonalColumns of(String readModel, String table, String where, String... columns) {
        return new PersonalColumns(readModel, table, where, List.of(columns));
    }
}
