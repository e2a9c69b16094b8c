package org.reformplatform.admissions.review;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The policy in force, from configuration: {@code admissions.non-consensus.admission-bar} and {@code .spread-threshold}. */
@ApplicationScoped
public class NonConsensusSettings {

    @ConfigProperty(name = "admissions.non-consensus.admission-bar", defaultValue = "70")
    BigDecimal admissionBar;

    @ConfigProperty(name = "admissions.non-consensus.spread-threshold", defaultValue = "25")
    BigDecimal spreadThreshold;

    @Produces
    @Singleton
    NonConsensusPolicy policy() {
        return new NonConsensusPolicy(admissionBar, spreadThreshold);
    }
}
