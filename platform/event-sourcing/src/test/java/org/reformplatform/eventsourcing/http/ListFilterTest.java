package org.reformplatform.eventsourcing.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ListFilterTest {

    enum Status { OPEN, CLOSED }

    @Test
    void filters_left_out_are_no_condition() {
        ListFilter filter = ListFilter.all().equal("institution", null).equal("status", ListFilter.status("all", Status.class));
        assertThat(filter.query()).isEqualTo("1 = 1");
        assertThat(filter.params()).isEmpty();
    }

    @Test
    void filters_given_are_named_parameters_never_spliced_text() {
        ListFilter filter = ListFilter.all()
                .equal("institution", "x' or '1'='1")
                .equal("status", ListFilter.status("closed", Status.class))
                .where("id in (select a.partnerId from AgreementSummary a where a.centre = :centre)", "centre", "north");
        assertThat(filter.query()).isEqualTo("1 = 1 and institution = :institution and status = :status"
                + " and id in (select a.partnerId from AgreementSummary a where a.centre = :centre)");
        assertThat(filter.params()).isEqualTo(Map.of("institution", "x' or '1'='1", "status", Status.CLOSED, "centre", "north"));
    }

    @Test
    void no_status_filter_means_every_status() {
        assertThat(ListFilter.status(null, Status.class)).isNull();
        assertThat(ListFilter.status("open", Status.class)).isEqualTo(Status.OPEN);
    }
}
