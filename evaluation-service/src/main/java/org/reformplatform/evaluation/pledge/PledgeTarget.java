package org.reformplatform.evaluation.pledge;

import java.time.LocalDate;

/** A target the pledge commits to; {@code metOn} and {@code evidence} once it is met. */
public record PledgeTarget(String code, String description, LocalDate metOn, String evidence) {

    public boolean met() {
        return metOn != null;
    }
}
