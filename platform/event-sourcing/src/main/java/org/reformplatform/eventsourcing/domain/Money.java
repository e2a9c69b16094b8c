package org.reformplatform.eventsourcing.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money. Never a binary floating-point number: amounts are decimals with at most
 * the currency's minor digits, and only amounts of the same currency add up.
 *
 * <p>It has no bean-style accessors beyond its components on purpose: it is serialised into events,
 * and an {@code isX()} or {@code getX()} method would publish a field {@code x} that no schema in
 * docs/events has.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String DEFAULT_CURRENCY = "CNY";

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Currency iso;
        try {
            iso = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("unknown-currency", "Unknown currency code: " + currency);
        }
        int digits = Math.max(iso.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw RuleViolation.invalid("amount-precision",
                    "Amount " + amount.toPlainString() + " has more than " + digits + " decimal places for " + currency);
        }
        amount = amount.setScale(digits);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw RuleViolation.invalid("currency-mismatch", "Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** Named so on purpose: an {@code isPositive()} would be serialised as a {@code "positive"} field of every event. */
    public boolean greaterThanZero() {
        return amount.signum() > 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
