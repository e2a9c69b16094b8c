package org.reformplatform.messagingtrial;

import jakarta.enterprise.context.ApplicationScoped;

/** The two drains of the backlog: by the kernel's hand-written consumer, and by the SmallRye channel. */
@ApplicationScoped
public class Drains {

    /** The name the kernel's handler claims events under in processed_events. */
    public static final String KERNEL = "backlog";

    /** The name the SmallRye channel claims them under. */
    public static final String SMALLRYE = "smallrye-backlog";

    private final Drain kernel = new Drain(KERNEL, Backlog.EVENTS);
    private final Drain smallrye = new Drain(SMALLRYE, Backlog.EVENTS);

    public Drain kernel() {
        return kernel;
    }

    public Drain smallrye() {
        return smallrye;
    }
}
