package org.reformplatform.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** Money is exact: decimals with their currency, totals per currency, nothing lost to floating point. */
class MoneyTotalsTest {

    @Nested
    class Adding {

        @Test
        void a_tenth_and_two_tenths_are_exactly_thirty_cents() {
            MoneyTotals totals = MoneyTotals.of(List.of(Money.of("0.1", "CNY"), Money.of("0.2", "CNY")));
            assertThat(totals.in("CNY")).isEqualTo(Money.of("0.30", "CNY"));
            assertThat(totals.in("CNY").amount().toPlainString()).isEqualTo("0.30");
            // what binary floating point makes of it
            assertThat(0.1 + 0.2).isNotEqualTo(0.3);
        }

        @Test
        void a_hundred_thousand_cents_add_up_to_a_thousand_exactly() {
            MoneyTotals totals = MoneyTotals.NONE;
            for (int i = 0; i < 100_000; i++) {
                totals = totals.plus(Money.of("0.01", "CNY"));
            }
            assertThat(totals.in("CNY").amount()).isEqualByComparingTo("1000.00");
        }

        @Test
        void large_amounts_keep_their_cents() {
            MoneyTotals totals = MoneyTotals.of(List.of(Money.of("499999999.99", "CNY"), Money.of("0.01", "CNY"), Money.of("123456789012.34", "CNY")));
            assertThat(totals.in("CNY").amount().toPlainString()).isEqualTo("123956789012.34");
        }

        @Test
        void currencies_are_totalled_apart_and_never_mixed() {
            MoneyTotals totals = MoneyTotals.of(List.of(Money.of("10.00", "CNY"), Money.of("5.50", "USD"), Money.of("0.25", "CNY")));
            assertThat(totals.asList()).containsExactly(Money.of("10.25", "CNY"), Money.of("5.50", "USD"));
        }

        @Test
        void adding_amounts_of_different_currencies_is_refused() {
            RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> Money.of("1.00", "CNY").plus(Money.of("1.00", "USD")));
            assertThat(refusal.code()).isEqualTo("currency-mismatch");
        }

        @Test
        void nothing_counted_is_zero_in_any_currency() {
            assertThat(MoneyTotals.NONE.in("CNY")).isEqualTo(Money.zero("CNY"));
            assertThat(MoneyTotals.NONE.asList()).isEmpty();
        }
    }

    @Nested
    class Amounts {

        @Test
        void an_amount_takes_the_currencys_decimal_places() {
            assertThat(Money.of("12.5", "CNY").amount().toPlainString()).isEqualTo("12.50");
            assertThat(Money.of("12", "CNY")).isEqualTo(Money.of("12.00", "CNY"));
            assertThat(Money.of("1200", "JPY").amount().toPlainString()).isEqualTo("1200");
        }

        @Test
        void more_decimals_than_the_currency_has_are_refused() {
            assertThat(catchThrowableOfType(RuleViolation.class, () -> Money.of("0.001", "CNY")).code()).isEqualTo("amount-precision");
            assertThat(catchThrowableOfType(RuleViolation.class, () -> Money.of("1.5", "JPY")).code()).isEqualTo("amount-precision");
        }

        @Test
        void trailing_zeros_beyond_the_decimal_places_change_nothing() {
            assertThat(Money.of("7.1000", "CNY")).isEqualTo(Money.of("7.10", "CNY"));
        }

        @Test
        void an_unknown_currency_is_refused() {
            assertThat(catchThrowableOfType(RuleViolation.class, () -> Money.of("1.00", "XYZ")).code()).isEqualTo("unknown-currency");
        }

        @Test
        void a_request_without_currency_means_cny() {
            assertThat(new MoneyRequest("99.90", null).toMoney()).isEqualTo(new Money(new BigDecimal("99.90"), "CNY"));
        }
    }
}
