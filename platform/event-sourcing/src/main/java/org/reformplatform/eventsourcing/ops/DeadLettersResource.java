package org.reformplatform.eventsourcing.ops;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.projection.DeadLetterLog;
import org.reformplatform.eventsourcing.projection.DeadLetterLog.Letter;
import org.reformplatform.eventsourcing.projection.DeadLetterOperations;
import org.reformplatform.eventsourcing.projection.DeadLetterOperations.ReplayReport;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * Operators' work list of refused events: list them with their reasons, replay one or all after a
 * fix, or discard one with a recorded reason. Operators only: a letter may carry personal data.
 */
@Path("/ops/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.OPERATOR)
public class DeadLettersResource {

    /** Why a letter is closed without a replay: kept on the letter. */
    public record Discard(@NotBlank @Size(max = 1000) String reason) {
    }

    @Inject
    DeadLetterLog log;

    @Inject
    DeadLetterOperations operations;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Dead letters: refused events with their reasons, oldest first",
            description = "status=open (default) lists those waiting for an operator; replayed and discarded ones say by whom, "
                    + "when and what became of them.")
    public Page<Letter> list(
            @QueryParam("status") @DefaultValue("open") @Pattern(regexp = "open|replayed|discarded|all") String status,
            @QueryParam("consumer") String consumer,
            @Valid @BeanParam PageRequest paging) {
        Optional<String> state = "all".equals(status) ? Optional.empty() : Optional.of(status.toUpperCase(Locale.ROOT));
        return log.page(Optional.ofNullable(consumer), state, paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dead letter")
    public Letter one(@PathParam("id") UUID id) {
        return log.find(id).orElseThrow(() -> RuleViolation.notFound("unknown-dead-letter", "There is no dead letter " + id));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay one dead letter after a fix",
            description = "A handler of another service's events takes the event again (idempotent: once, however often this is "
                    + "retried); for a projection the replay is a rebuild, which applies every event of its streams in order. 409 "
                    + "still-refused if the consumer refuses it again (the letter stays open), 409 if it was discarded.")
    public Letter replay(@PathParam("id") UUID id) {
        return operations.replay(id, caller.subject());
    }

    @POST
    @Path("/consumers/{consumer}/replay")
    @Operation(summary = "Replay every open dead letter of one projection or handler",
            description = "Each on its own: the answer lists those replayed, those still refused (left open) and the rebuild "
                    + "started; 404 for a consumer this version does not have. Per consumer: a fix is for one consumer, and a "
                    + "replay of everything at once is a request nobody should send by accident.")
    public ReplayReport replayAll(@PathParam("consumer") @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,99}") String consumer) {
        return operations.replayAll(Optional.of(consumer), caller.subject());
    }

    @POST
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a dead letter without replaying it, with a reason",
            description = "For an event that must never take effect (a producer's mistake corrected by a later event, say). "
                    + "409 if it was already replayed.")
    public Letter discard(@PathParam("id") UUID id, @Valid @NotNull Discard request) {
        return operations.discard(id, request.reason(), caller.subject());
    }
}
