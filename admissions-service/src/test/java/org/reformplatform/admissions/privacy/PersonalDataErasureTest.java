package org.reformplatform.admissions.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.Tokens;

/**
 * A candidate's name and e-mail address, through admission: sealed in the store, in clear in the
 * subject-access document, and after erasure of the application and the student nowhere in any
 * table of the service nor in any API answer, while the application and the student still count.
 */
@QuarkusTest
class PersonalDataErasureTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_erased_candidate_is_in_no_table_and_no_answer_and_still_counts() throws Exception {
        String name = "Lin Erasable " + UUID.randomUUID().toString().substring(0, 8);
        String event = openEvent("Erasure sprint " + UUID.randomUUID(), 10, 2);
        String application = submit("uni-a", event, name);
        submitWork("uni-a", application);
        String first = uniqueReviewer("erasure");
        String second = uniqueReviewer("erasure");
        assign(application, first, second);
        reviewAs(first, application, 9, 9, "ADMIT");
        reviewAs(second, application, 9, 9, "ADMIT");
        String student = as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200).extract().path("studentId");
        await().atMost(Duration.ofSeconds(60)).until(() -> !tablesHolding(name).isEmpty()
                && tablesHolding(name).containsAll(List.of("application_statuses", "admitted_students")));
        assertThat(tablesHolding(name)).as("the store holds the name sealed only").doesNotContain("events", "outbox");

        String access = as(Tokens.operator()).get("/ops/personal-data/subjects/" + application).then().statusCode(200).extract().asString();
        assertThat(access).contains(name).contains("candidate@example.org").contains("ApplicationSubmitted");

        for (String subject : List.of(application, student)) {
            as(Tokens.operator()).post("/ops/personal-data/subjects/" + subject + "/erasure").then().statusCode(200);
        }

        // Scrubbed at once, and again by each projection when it reaches the erasure.
        await().atMost(Duration.ofSeconds(60)).until(() -> tablesHolding(name).isEmpty());
        assertThat(tablesHolding("candidate@example.org")).doesNotContain("events", "application_statuses", "admitted_students");
        String answer = as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200).extract().asString();
        assertThat(answer).doesNotContain(name).contains("[erased]");
        assertThat(as(Tokens.operator()).get("/ops/personal-data/subjects/" + application).then().statusCode(200).extract().asString())
                .doesNotContain(name).contains("\"forgotten\":true");
        assertThat(count("SELECT count(*) FROM application_statuses WHERE id = ?::uuid", application)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM admitted_students WHERE student_id = ?::uuid", student)).isEqualTo(1);
    }

    /** Every table of the service's database with a row whose text contains {@code text}. */
    List<String> tablesHolding(String text) throws Exception {
        List<String> holding = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_type = 'BASE TABLE'"); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement q = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM \"" + table + "\" t WHERE strpos(row_to_json(t)::text, ?) > 0)")) {
                    q.setString(1, text);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            holding.add(table);
                        }
                    }
                }
            }
        }
        return holding;
    }

    long count(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
