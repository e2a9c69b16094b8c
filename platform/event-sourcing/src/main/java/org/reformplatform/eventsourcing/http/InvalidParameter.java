package org.reformplatform.eventsourcing.http;

/**
 * A query or path parameter that no endpoint could use: answered 400 {@code validation} with the
 * parameter named, like a Bean Validation failure.
 */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
