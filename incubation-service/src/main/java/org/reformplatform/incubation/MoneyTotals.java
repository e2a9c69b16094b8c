package org.reformplatform.incubation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reformplatform.eventsourcing.domain.Money;

/**
 * Exact totals of money, one per currency: amounts of the same currency add up exactly (decimal
 * arithmetic, never floating point); amounts of different currencies are kept apart, never
 * converted or mixed.
 */
public record MoneyTotals(Map<String, Money> byCurrency) {

    public static final MoneyTotals NONE = new MoneyTotals(Map.of());

    public MoneyTotals {
        byCurrency = Map.copyOf(byCurrency);
    }

    public MoneyTotals plus(Money amount) {
        Map<String, Money> sums = new TreeMap<>(byCurrency);
        sums.merge(amount.currency(), amount, Money::plus);
        return new MoneyTotals(sums);
    }

    /** The total in one currency; zero when nothing was counted in it. */
    public Money in(String currency) {
        return byCurrency.getOrDefault(currency, Money.zero(currency));
    }

    /** One amount per currency, in currency order: how the API and the events show totals. */
    public List<Money> asList() {
        return byCurrency.values().stream().sorted(Comparator.comparing(Money::currency)).toList();
    }

    public static MoneyTotals of(Iterable<Money> amounts) {
        MoneyTotals totals = NONE;
        for (Money amount : amounts) {
            totals = totals.plus(amount);
        }
        return totals;
    }
}
