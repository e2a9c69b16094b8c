package org.reformplatform.eventsourcing.http;

import java.net.URI;
import java.util.function.Function;

import org.reformplatform.eventsourcing.command.Decision;

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

    /** 201 with the created aggregate's view, at the version the command left it. */
    public static <S> CommandResult created(String location, Decision<S> decision, Function<? super S, ?> view) {
        return created(location, decision.version(), view.apply(decision.state()));
    }

    /** 200 with the aggregate's view, at the version the command left it. */
    public static <S> CommandResult ok(Decision<S> decision, Function<? super S, ?> view) {
        return ok(decision.version(), view.apply(decision.state()));
    }

    public static CommandResult accepted(Object body) {
        return new CommandResult(202, null, null, body);
    }
}
