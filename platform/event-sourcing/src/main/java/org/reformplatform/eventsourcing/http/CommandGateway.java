package org.reformplatform.eventsourcing.http;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.StaleVersion;
import org.reformplatform.eventsourcing.command.UnitOfWork;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.store.ConcurrencyConflict;

/**
 * How every command endpoint runs its command: in a transaction of its own, retried on a
 * concurrent write unless the caller pinned a version with {@code If-Match}, answered once per
 * {@code Idempotency-Key}, timed and counted.
 *
 * <pre>
 * return gateway.handle(CommandRequest.of(idempotencyKey, ifMatch, body), "SubmitApplication", expected -> {
 *     Decision&lt;Application&gt; d = applications.submit(id, command, expected);
 *     return CommandResult.created("/v1/applications/" + id, d.version(), view);
 * });
 * </pre>
 *
 * and, for the common case of a command on one aggregate answered with its view,
 *
 * <pre>
 * return gateway.change(CommandRequest.of(null, ifMatch, body), "WithdrawApplication",
 *         expected -> applications.withdraw(id, reason, expected), ApplicationView::of);
 * </pre>
 */
@ApplicationScoped
public class CommandGateway {

    /** The request's concurrency and retry controls, plus the body they apply to. */
    public record CommandRequest(String idempotencyKey, OptionalInt expectedVersion, Object body) {

        public static CommandRequest of(String idempotencyKey, String ifMatch, Object body) {
            if (idempotencyKey != null) {
                IdempotencyKeys.validate(idempotencyKey);
            }
            return new CommandRequest(idempotencyKey, ETags.expectedVersion(ifMatch), body);
        }
    }

    /** The command itself, given the version the caller expects (if any). */
    @FunctionalInterface
    public interface Work {
        CommandResult run(OptionalInt expectedVersion) throws Exception;
    }

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    RequestContext requestContext;

    @Inject
    ObjectMapper mapper;

    @Inject
    PlatformMetrics metrics;

    /** A command on one aggregate, answered 200 with the aggregate's view after it, tagged with its new version. */
    public <S> Response change(CommandRequest request, String commandName, Function<OptionalInt, Decision<S>> command,
            Function<? super S, ?> view) {
        return handle(request, commandName, expected -> CommandResult.ok(command.apply(expected), view));
    }

    /** A command that creates an aggregate, answered 201 with its view at its location, tagged with its version. */
    public <S> Response create(CommandRequest request, String commandName, Function<OptionalInt, Decision<S>> command,
            Function<? super S, String> location, Function<? super S, ?> view) {
        return handle(request, commandName, expected -> {
            Decision<S> created = command.apply(expected);
            return CommandResult.created(location.apply(created.state()), created, view);
        });
    }

    public Response handle(CommandRequest request, String commandName, Work work) {
        long started = System.nanoTime();
        String outcome = "error";
        try {
            Response response = unitOfWork.run(request.expectedVersion().isEmpty(), run(request, work));
            outcome = "ok";
            return response;
        } catch (ConcurrencyConflict conflict) {
            outcome = "conflict";
            if (request.expectedVersion().isPresent()) {
                throw new StaleVersion(request.expectedVersion().getAsInt(), -1);
            }
            throw conflict;
        } catch (RuntimeException e) {
            outcome = e.getClass().getSimpleName();
            throw e;
        } finally {
            metrics.command(commandName, outcome, System.nanoTime() - started);
        }
    }

    private Callable<Response> run(CommandRequest request, Work work) {
        return () -> {
            String scope = null;
            String key = request.idempotencyKey();
            if (key != null) {
                scope = requestContext.subject() + " " + requestContext.operation();
                String hash = IdempotencyKeys.hash(json(request.body()));
                Optional<IdempotencyKeys.StoredAnswer> earlier = idempotencyKeys.claimOrReplay(scope, key, hash);
                if (earlier.isPresent()) {
                    return replay(earlier.get());
                }
            }
            CommandResult result = work.run(request.expectedVersion());
            String body = json(result.body());
            String etag = result.version() == null ? null : ETags.of(result.version()).toString();
            if (key != null) {
                idempotencyKeys.remember(scope, key, new IdempotencyKeys.StoredAnswer(result.status(), body,
                        result.location() == null ? null : result.location().toString(), etag));
            }
            Response.ResponseBuilder response = Response.status(result.status()).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
            if (result.location() != null) {
                response.location(result.location());
            }
            if (etag != null) {
                response.header("ETag", etag);
            }
            return response.build();
        };
    }

    private static Response replay(IdempotencyKeys.StoredAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body())
                .type(MediaType.APPLICATION_JSON_TYPE).header("Idempotent-Replayed", "true");
        if (answer.location() != null) {
            response.location(java.net.URI.create(answer.location()));
        }
        if (answer.etag() != null) {
            response.header("ETag", answer.etag());
        }
        return response.build();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value, e);
        }
    }
}
