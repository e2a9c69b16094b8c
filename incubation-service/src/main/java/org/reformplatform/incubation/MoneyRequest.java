package org.reformplatform.incubation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;

/**
 * Money as partners send it: the amount as a decimal string (never a binary floating-point number)
 * and an ISO 4217 currency, CNY when absent. The shape is checked here (400); whether the amount
 * fits the currency's decimals and is positive is the domain's to say (422).
 */
@Schema(name = "MoneyInput", description = "An exact amount: a decimal string and an ISO 4217 currency code (CNY if absent)")
public record MoneyRequest(
        @NotBlank @Pattern(regexp = "-?[0-9]{1,15}(\\.[0-9]{1,6})?", message = "must be a decimal number such as 1250000.50")
        @Schema(example = "1250000.50", description = "A decimal string with a dot, at most the currency's decimal places") String amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as CNY")
        @Schema(example = "CNY", defaultValue = "CNY") String currency) {

    public Money toMoney() {
        return Money.of(amount, currency == null ? Money.DEFAULT_CURRENCY : currency);
    }
}
