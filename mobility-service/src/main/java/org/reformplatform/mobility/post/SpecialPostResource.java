package org.reformplatform.mobility.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.mobility.BusinessCalendar;
import org.reformplatform.mobility.post.SpecialPostCommand.DefinePost;
import org.reformplatform.mobility.post.SpecialPostCommand.FillPost;
import org.reformplatform.mobility.post.SpecialPostCommand.VacatePost;
import org.reformplatform.mobility.researcher.ResearcherId;

/** Special posts: an institution defines its innovation and mobility posts, fills and vacates them. */
@Path("/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Special posts", description = "Innovation posts and mobility posts of each institution")
public class SpecialPostResource {

    @Schema(name = "DefinePost")
    public record DefineRequest(
            @NotNull @Schema(example = "ENTERPRISE_PROFESSOR") PostKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "Enterprise professor of intelligent manufacturing") String title) {
    }

    @Schema(name = "FillPost")
    public record FillRequest(
            @NotNull @Schema(example = "6f1c2a9e-7d3b-4c1e-9a55-0b8e2f4d1c77") UUID researcherId,
            @NotBlank @Size(max = 200) @Schema(example = "Wang Fang") String holderName,
            @Schema(example = "2026-09-01", description = "Today if absent") LocalDate since) {
    }

    @Schema(name = "VacatePost")
    public record VacateRequest(
            @Schema(example = "2027-08-31", description = "Today if absent") LocalDate on,
            @Size(max = 2000) @Schema(example = "Term of appointment over") String reason) {
    }

    @Inject
    Aggregates aggregates;

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    BusinessCalendar calendar;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Define a special post of your institution", description = "Send an Idempotency-Key to retry safely.")
    public Response define(@Valid @NotNull DefineRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "DefinePost", expected -> {
            SpecialPostId id = SpecialPostId.random();
            Decision<SpecialPost> defined = aggregates.create(SpecialPost.TYPE, id,
                    new DefinePost(id, caller.requireOrganisation(), request.kind(), request.title(), calendar.now()));
            return CommandResult.created("/v1/posts/" + id.value(), defined.version(), SpecialPostView.of(defined.state()));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One special post, current as of now", description = "The ETag is its version, for If-Match on commands.")
    public Response get(@PathParam("id") UUID id) {
        Loaded<SpecialPost> post = visible(new SpecialPostId(id));
        return Response.ok(SpecialPostView.of(post.state())).tag(ETags.of(post.version())).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Special posts by kind, status and institution", description = "From the read model, by institution, kind and title. "
            + "status: vacant, filled or all (default). Partners see their own institution's posts.")
    public Page<SpecialPostListing> list(
            @QueryParam("kind") PostKind kind,
            @QueryParam("family") PostKind.Family family,
            @QueryParam("status") @DefaultValue("all") @Pattern(regexp = "vacant|filled|all") String status,
            @QueryParam("institution") String institution,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String scope = scope(institution);
        if (scope != null) {
            conditions.add("institution = :institution");
            params.put("institution", scope);
        }
        if (kind != null) {
            conditions.add("kind = :kind");
            params.put("kind", kind);
        }
        if (family != null) {
            conditions.add("family = :family");
            params.put("family", family);
        }
        if (!status.equals("all")) {
            conditions.add("filled = :filled");
            params.put("filled", status.equals("filled"));
        }
        var found = SpecialPostSummary.<SpecialPostSummary>find(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions),
                Sort.by("institution").and("kind").and("title").and("id"), params);
        return Page.of(found.page(page, size).list().stream().map(SpecialPostListing::of).toList(), page, size, found.count());
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Posts filled and vacant by kind", description = "For one institution, or all of them (not for partners, "
            + "who always see their own). From the read model.")
    public PostCounts counts(@QueryParam("institution") String institution) {
        String scope = scope(institution);
        var query = SpecialPostSummary.getEntityManager().createQuery("select kind, filled, count(*) from SpecialPostSummary"
                + (scope == null ? "" : " where institution = :institution") + " group by kind, filled", Object[].class);
        if (scope != null) {
            query.setParameter("institution", scope);
        }
        Map<PostKind, long[]> counts = new EnumMap<>(PostKind.class);
        for (PostKind kind : PostKind.values()) {
            counts.put(kind, new long[2]);
        }
        for (Object[] row : query.getResultList()) {
            counts.get((PostKind) row[0])[(Boolean) row[1] ? 0 : 1] += (Long) row[2];
        }
        List<PostCounts.KindCount> kinds = counts.entrySet().stream()
                .map(e -> new PostCounts.KindCount(e.getKey(), e.getKey().family(), e.getValue()[0], e.getValue()[1])).toList();
        return new PostCounts(scope, kinds);
    }

    @POST
    @Path("/{id}/filling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Fill a vacant post", description = "By the institution that defined it. Enterprise talent fills its post "
            + "through its arrangement instead, when the arrangement becomes active.")
    public Response fill(@PathParam("id") UUID id, @Valid @NotNull FillRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "FillPost", new FillPost(new ResearcherId(request.researcherId()), request.holderName(), null,
                request.since() == null ? calendar.today() : request.since()));
    }

    @POST
    @Path("/{id}/vacating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Vacate a filled post", description = "By the institution that defined it. A post held under an "
            + "enterprise-talent arrangement is vacated by ending the arrangement.")
    public Response vacate(@PathParam("id") UUID id, @Valid @NotNull VacateRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "VacatePost", new VacatePost(request.on() == null ? calendar.today() : request.on(),
                request.reason(), null));
    }

    private Response command(UUID id, String ifMatch, Object body, String name, SpecialPostCommand command) {
        return gateway.handle(CommandRequest.of(null, ifMatch, body), name, expected -> {
            SpecialPostId postId = new SpecialPostId(id);
            Loaded<SpecialPost> post = visible(postId);
            // Reading is open to staff; changing a post is its own institution's act only.
            if (!post.state().institution().equals(caller.requireOrganisation())) {
                throw RuleViolation.notFound("unknown-post", "There is no post " + id);
            }
            Decision<SpecialPost> decision = aggregates.handle(SpecialPost.TYPE, postId, command, expected);
            return CommandResult.ok(decision.version(), SpecialPostView.of(decision.state()));
        });
    }

    private Loaded<SpecialPost> visible(SpecialPostId id) {
        Loaded<SpecialPost> post = aggregates.load(SpecialPost.TYPE, id);
        if (!post.exists() || !caller.mayAccess(post.state().institution())) {
            throw RuleViolation.notFound("unknown-post", "There is no post " + id.value());
        }
        return post;
    }

    /** The institution a query is limited to: a partner's own, whatever it asks for. */
    private String scope(String requested) {
        return caller.isPartnerOnly() ? caller.requireOrganisation() : requested;
    }
}
