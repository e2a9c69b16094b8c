package org.reformplatform.eventsourcing.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.eventsourcing.store.StreamRef;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** A sample API following the platform's HTTP conventions, for the kernel's tests. */
@Path("/v1/tallies")
public class TallyResource {

    /**
     * {@code openedOn} and {@code details} are optional and not kept: they are here so that the
     * kernel's JSON handling has a field of each kind to test.
     */
    public record OpenTally(@NotBlank @Size(max = 100) String owner, @NotNull @Min(1) @Max(1_000_000) Integer limit, LocalDate openedOn,
            @Valid TallyDetails details) {
    }

    /** One field of each kind a request carries: enum, UUID, typed id, decimal, booleans and numbers, lists, nested records, times. */
    public record TallyDetails(TallyKind kind, UUID reference, TallyId parent, BigDecimal weight, boolean audited, Boolean published,
            Long serial, double ratio, List<String> tags, List<@Valid Contact> contacts, OffsetDateTime reviewAt) {
    }

    public record Contact(String name, LocalDate since) {
    }

    public enum TallyKind {
        VOTES, SEATS
    }

    public record IncrementTally(@NotNull @Min(1) @Max(1000) Integer by, @Size(max = 100) String note) {
    }

    @Inject
    Aggregates aggregates;

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    public Response open(@Valid @NotNull OpenTally request, @HeaderParam("Idempotency-Key") String key) {
        TallyId id = TallyId.random();
        return gateway.create(CommandRequest.of(key, null, request), "OpenTally",
                expected -> aggregates.handle(StreamRef.of(Tally.STREAM_TYPE, id), Tally.DECIDER,
                        new Tally.Open(id, request.owner(), caller.requireOrganisation(), request.limit())),
                tally -> "/v1/tallies/" + tally.id().value(), TallyResource::view);
    }

    @POST
    @Path("/{id}/increments")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    public Response increment(@PathParam("id") UUID id, @Valid @NotNull IncrementTally request,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key) {
        StreamRef stream = StreamRef.of(Tally.STREAM_TYPE, new TallyId(id));
        return gateway.change(CommandRequest.of(key, ifMatch, request), "IncrementTally", expected -> {
            visibleTally(stream);
            return aggregates.handle(stream, Tally.DECIDER, new Tally.Increment(request.by(), request.note()), expected);
        }, TallyResource::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(visibleTally(StreamRef.of(Tally.STREAM_TYPE, new TallyId(id))), TallyResource::view);
    }

    private static Map<String, Object> view(Tally tally) {
        return Map.of("id", tally.id(), "total", tally.total());
    }

    /** A path parameter with a pattern: a value that does not match it is routed nowhere. */
    @GET
    @Path("/by-label/{label: [a-z]+-[0-9]+}")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    public Response byLabel(@PathParam("label") String label) {
        throw RuleViolation.notFound("unknown-tally", "There is no tally labelled " + label);
    }

    /** A list in the platform's shape: a read model, a text filter, page and size. */
    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    public Page<TallyTotal> list(@QueryParam("stream") String stream, @QueryParam("after") UUID after,
            @Valid @BeanParam PageRequest paging) {
        var query = stream == null ? TallyTotal.<TallyTotal>findAll() : TallyTotal.<TallyTotal>find("streamId", stream);
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }

    private Loaded<Tally> visibleTally(StreamRef stream) {
        Loaded<Tally> loaded = aggregates.load(stream, Tally.DECIDER);
        if (!loaded.exists() || !caller.mayAccess(loaded.state().organisation())) {
            throw RuleViolation.notFound("unknown-tally", "There is no tally " + stream.id());
        }
        return loaded;
    }

}
