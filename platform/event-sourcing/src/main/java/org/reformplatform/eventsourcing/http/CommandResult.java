package org.reformplatform.eventsourcing.http;

import java.net.URI;

/**
 * What a command answers: its status, where the created resource lives, the version the
 * resource is now at (the ETag) and a body.
 */
public record CommandResult(int status, URI location, Integer version, Object body) {

    public static CommandResult created(String location, int version, Object body) {
        return new CommandResult(201, URI.create(location), version, body);
    }

    public static CommandResult ok(int version, Object body) {
        return new CommandResult(200, null, version, body);
    }

    public static CommandResult accepted(Object body) {
        return new CommandResult(202, null, null, body);
    }
}
