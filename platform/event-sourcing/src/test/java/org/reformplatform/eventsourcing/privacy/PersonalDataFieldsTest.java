package org.reformplatform.eventsourcing.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.NotPersonalData;
import org.reformplatform.eventsourcing.domain.PersonalData;

/** The classification check the event catalogue runs: every personal-looking field is declared either way. */
class PersonalDataFieldsTest {

    record Background(String discipline, String description) {
    }

    record Applicant(UUID applicantId, String fullName, String contactEmail, String phone, LocalDate birthDate, UUID holderId,
            Background background, List<String> postalAddress, int age) {
    }

    record Reviewed(@DataSubject UUID applicantId, @PersonalData String fullName, @PersonalData String contactEmail,
            @NotPersonalData("the qualification's name") String qualificationName, List<Person> team) {
    }

    record Person(@DataSubject UUID personId, @PersonalData String name) {
    }

    record Misused(@PersonalData LocalDate birthDate, @PersonalData @NotPersonalData("both") String name) {
    }

    @Test
    void every_personal_looking_text_date_or_list_of_texts_must_be_classified() {
        assertThat(PersonalDataFields.unclassified(List.of(Applicant.class))).hasSize(7).anySatisfy(p -> assertThat(p).startsWith("Applicant.fullName"))
                .anySatisfy(p -> assertThat(p).startsWith("Applicant.contactEmail"))
                .anySatisfy(p -> assertThat(p).startsWith("Applicant.phone"))
                .anySatisfy(p -> assertThat(p).startsWith("Applicant.birthDate"))
                .anySatisfy(p -> assertThat(p).startsWith("Applicant.postalAddress"))
                // every text of a record that describes a person, whatever its name
                .anySatisfy(p -> assertThat(p).startsWith("Background.discipline"))
                .anySatisfy(p -> assertThat(p).startsWith("Background.description"))
                .noneSatisfy(p -> assertThat(p).contains("holderId"))
                .noneSatisfy(p -> assertThat(p).contains("age"));
    }

    @Test
    void a_classified_record_passes_and_its_layout_names_the_fields_to_seal() {
        assertThat(PersonalDataFields.unclassified(List.of(Reviewed.class))).isEmpty();
        PersonalDataFields.Layout layout = PersonalDataFields.of(Reviewed.class);
        assertThat(layout.subjectFields()).containsExactly("applicantId");
        assertThat(layout.fields()).extracting(PersonalDataFields.Field::name).containsExactly("applicantId", "fullName", "contactEmail", "team");
        assertThat(PersonalDataFields.of(Background.class).isEmpty()).isTrue();
    }

    @Test
    void misuses_are_reported() {
        assertThat(PersonalDataFields.unclassified(List.of(Misused.class)))
                .anySatisfy(p -> assertThat(p).contains("birthDate is @PersonalData but not text"))
                .anySatisfy(p -> assertThat(p).contains("name is both"));
    }
}
