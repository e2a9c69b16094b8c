package org.reformplatform.eventsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amounts_take_the_currencys_minor_digits() {
        assertThat(Money.of("12.5", "CNY").amount().toPlainString()).isEqualTo("12.50");
        assertThat(Money.of("300", "JPY").amount().toPlainString()).isEqualTo("300");
    }

    @Test
    void more_decimal_places_than_the_currency_has_are_refused() {
        assertThatThrownBy(() -> Money.of("1.005", "CNY")).isInstanceOf(RuleViolation.class).hasMessageContaining("decimal places");
    }

    @Test
    void an_unknown_currency_is_refused() {
        assertThatThrownBy(() -> Money.of("1", "XYZ1")).isInstanceOf(RuleViolation.class).hasMessageContaining("Unknown currency");
    }

    @Test
    void only_the_same_currency_adds_up() {
        assertThat(Money.of("1.25", "EUR").plus(Money.of("2", "EUR"))).isEqualTo(Money.of("3.25", "EUR"));
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "CNY"))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void only_an_amount_above_zero_is_greater_than_zero() {
        assertThat(Money.of("0.01", "CNY").greaterThanZero()).isTrue();
        assertThat(Money.of("0", "CNY").greaterThanZero()).isFalse();
        assertThat(Money.of("-1", "CNY").greaterThanZero()).isFalse();
    }

    /** Money travels inside events: its JSON has exactly the fields the event catalogue documents. */
    @Test
    void serialises_to_amount_and_currency_only() {
        JsonNode json = new ObjectMapper().valueToTree(Money.of("10", "CNY"));
        assertThat(json.fieldNames()).toIterable().containsExactly("amount", "currency");
    }
}
