package org.reformplatform.admissions.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.admissions.AdmissionsApi.admittedStudent;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.mentor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/** Mentors, their capacity and mentor teams through the API. */
@QuarkusTest
class MentoringResourceTest {

    static final String PROBLEMS = "https://reform-platform.org/problems/";
    static final Duration READ_MODEL = Duration.ofSeconds(60);

    @Test
    void the_reports_81_full_time_130_part_time_and_120_industry_mentors_show_in_the_mentor_load() {
        String institute = "report-6.3-" + UUID.randomUUID();
        register(institute, "FULL_TIME", 81, 5);
        register(institute, "PART_TIME", 130, 3);
        register(institute, "INDUSTRY", 120, 2);
        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonPath load = as(Tokens.analyst()).get("/v1/mentor-load?affiliation=" + institute).then().statusCode(200).extract().jsonPath();
            assertThat(load.getList("kinds.kind")).containsExactly("FULL_TIME", "PART_TIME", "INDUSTRY");
            assertThat(load.getList("kinds.mentors", Integer.class)).containsExactly(81, 130, 120);
            assertThat(load.getList("kinds.capacity", Integer.class)).containsExactly(405, 390, 240);
            assertThat(load.getList("kinds.students", Integer.class)).containsExactly(0, 0, 0);
            assertThat(load.getInt("total.mentors")).isEqualTo(331);
        });
        as(Tokens.operator()).get("/v1/mentors?affiliation=" + institute + "&kind=PART_TIME&size=1").then().statusCode(200)
                .body("totalItems", equalTo(130)).body("items.size()", equalTo(1));
    }

    private static void register(String affiliation, String kind, int count, int capacity) {
        for (int i = 1; i <= count; i++) {
            mentor(kind.toLowerCase() + " mentor " + i, kind, capacity, affiliation, null);
        }
    }

    @Test
    void a_mentor_at_capacity_is_refused_and_the_whole_team_change_is_undone() {
        String affiliation = "capacity-" + UUID.randomUUID();
        String busy = mentor("Busy professor", "FULL_TIME", 1, affiliation, null);
        String partTime = mentor("Part-time lecturer", "PART_TIME", 3, affiliation, null);
        String first = admittedStudent("uni-m", "First");
        String second = admittedStudent("uni-m", "Second");
        as(Tokens.operator()).body(Map.of("mentors", List.of(busy))).post("/v1/students/" + first + "/mentor-team").then().statusCode(200);
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("mentors", List.of(partTime, busy)))
                .post("/v1/students/" + second + "/mentor-team").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "mentor-at-capacity")).body("capacity", equalTo(1)).body("mentorId", equalTo(busy)));
        as(Tokens.operator()).get("/v1/students/" + second).then().body("mentorTeam", equalTo(List.of()));
        as(Tokens.operator()).get("/v1/mentors/" + partTime).then().body("students", equalTo(0));
    }

    @Test
    void a_team_needs_a_full_time_or_part_time_mentor() {
        String affiliation = "composition-" + UUID.randomUUID();
        String industry = mentor("Engineer", "INDUSTRY", 3, affiliation, null);
        String student = admittedStudent("uni-m", "Composition");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("mentors", List.of(industry)))
                .post("/v1/students/" + student + "/mentor-team").then().statusCode(422).body("type", equalTo(PROBLEMS + "no-academic-mentor")));
    }

    @Test
    void unknown_mentors_and_students_are_a_404_problem() {
        String affiliation = "unknown-" + UUID.randomUUID();
        String fullTime = mentor("Professor", "FULL_TIME", 3, affiliation, null);
        String student = admittedStudent("uni-m", "Unknowns");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("mentors", List.of(fullTime, UUID.randomUUID().toString())))
                .post("/v1/students/" + student + "/mentor-team").then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-mentor")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("mentors", List.of(fullTime)))
                .post("/v1/students/" + UUID.randomUUID() + "/mentor-team").then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-student")));
        as(Tokens.operator()).get("/v1/mentors/" + UUID.randomUUID()).then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-mentor"));
        as(Tokens.partner("uni-other")).get("/v1/students/" + student).then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-student"));
    }

    @Test
    void either_side_ends_a_mentorship_and_re_matching_is_recorded() {
        String affiliation = "partnership-" + UUID.randomUUID();
        String fullTimeSubject = "ft-" + UUID.randomUUID();
        String industrySubject = "ind-" + UUID.randomUUID();
        String fullTime = mentor("Professor Sun", "FULL_TIME", 3, affiliation, fullTimeSubject);
        String industry = mentor("Director Ma", "INDUSTRY", 3, affiliation, industrySubject);
        String partTime = mentor("Dr. Luo", "PART_TIME", 3, affiliation, null);
        String student = admittedStudent("uni-m", "Partner");
        as(Tokens.operator()).body(Map.of("mentors", List.of(fullTime, industry))).post("/v1/students/" + student + "/mentor-team")
                .then().statusCode(200);

        // The industry mentor (an enterprise partner's person) ends their own mentorship.
        String industryToken = Tokens.token(industrySubject, "acme-robotics", "partner");
        as(industryToken).get("/v1/students/" + student).then().statusCode(200);
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.token(fullTimeSubject, "institute", "reviewer")).body(Map.of("reason", "not mine"))
                .post("/v1/students/" + student + "/mentorships/" + industry + "/ending").then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "not-this-mentor")));
        as(industryToken).body(Map.of("reason", "Moving abroad")).post("/v1/students/" + student + "/mentorships/" + industry + "/ending")
                .then().statusCode(200).body("formerMentors[0].mentorId", equalTo(industry)).body("formerMentors[0].endedBy", equalTo("MENTOR"));
        EventStoreProbe.assertNoEventWritten(() -> as(industryToken).body(Map.of("reason", "again"))
                .post("/v1/students/" + student + "/mentorships/" + industry + "/ending").then().statusCode(404));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("reason", "again"))
                .post("/v1/students/" + student + "/mentorships/" + industry + "/ending").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "not-a-current-mentor")));
        // The full-time mentor is now the team's only academic one: ending would leave the student without; a re-match replaces them.
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.token(fullTimeSubject, "institute", "reviewer")).body(Map.of("reason", "Sabbatical"))
                .post("/v1/students/" + student + "/mentorships/" + fullTime + "/ending").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "last-academic-mentor")));

        // The student's side (through an operator) re-matches the full-time mentor with a part-time one.
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("previousMentorId", fullTime, "newMentorId", industry))
                .post("/v1/students/" + student + "/rematches").then().statusCode(422).body("type", equalTo(PROBLEMS + "no-academic-mentor")));
        as(Tokens.operator()).body(Map.of("previousMentorId", fullTime, "newMentorId", partTime, "reason", "Closer to robotics control"))
                .post("/v1/students/" + student + "/rematches").then().statusCode(200)
                .body("mentorTeam.mentorId", equalTo(List.of(partTime))).body("hasAcademicMentor", equalTo(true));

        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonPath load = as(Tokens.analyst()).get("/v1/mentor-load?affiliation=" + affiliation).then().statusCode(200).extract().jsonPath();
            assertThat(load.getList("kinds.students", Integer.class)).containsExactly(0, 1, 0);
            assertThat(load.getList("kinds.mentors", Integer.class)).containsExactly(1, 1, 1);
        });
    }

    @Test
    void only_operators_register_mentors_and_bad_input_is_a_400_problem() {
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-m")).body(Map.of("name", "X", "kind", "FULL_TIME", "capacity", 3))
                .post("/v1/mentors").then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("name", "X", "kind", "FULL_TIME", "capacity", 0))
                .post("/v1/mentors").then().statusCode(400).body("type", equalTo(PROBLEMS + "validation")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("name", "X", "kind", "VISITING", "capacity", 3))
                .post("/v1/mentors").then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-body")));
        as(Tokens.reviewer("someone")).get("/v1/mentor-load").then().statusCode(403);
    }
}
