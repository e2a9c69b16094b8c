package org.reformplatform.admissions.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;

/** A review pseudonym is the same for the same application and event, and tells nothing of either id without the key. */
class ReviewPseudonymsTest {

    static ReviewPseudonyms keyed(String key) {
        ReviewPseudonyms pseudonyms = new ReviewPseudonyms();
        pseudonyms.key = key;
        return pseudonyms;
    }

    @Test
    void deterministic_per_application_and_event_and_keyed() {
        IntakeEventId event = IntakeEventId.random();
        ApplicationId application = ApplicationId.random();
        String pseudonym = keyed("k1").of(event, application);
        assertThat(pseudonym).matches("Candidate [0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(keyed("k1").of(event, application)).isEqualTo(pseudonym);
        assertThat(keyed("k1").of(IntakeEventId.random(), application)).isNotEqualTo(pseudonym);
        assertThat(keyed("k1").of(event, ApplicationId.random())).isNotEqualTo(pseudonym);
        assertThat(keyed("k2").of(event, application)).as("without the key, the ids give another name").isNotEqualTo(pseudonym);
    }
}
