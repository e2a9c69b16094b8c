package org.reformplatform.incubation;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The centres this service runs for. The same model serves every industry–education centre the
 * report names; requests that do not name a centre mean the default one (the 创智未来中心 of the report).
 */
@ApplicationScoped
public class Centres {

    /** How a centre is named in URLs, bodies and events: a short lowercase code. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,62}";

    @ConfigProperty(name = "incubation.centre.default", defaultValue = "future-innovation-centre")
    String defaultCentre;

    public String orDefault(String centre) {
        return centre == null || centre.isBlank() ? defaultCentre : centre;
    }

    public String defaultCentre() {
        return defaultCentre;
    }
}
