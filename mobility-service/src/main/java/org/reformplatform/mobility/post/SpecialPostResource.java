package org.reformplatform.mobility.post;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;

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
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.mobility.researcher.ResearcherId;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

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
    DefinePostHandler definePost;

    @Inject
    FillPostHandler fillPost;

    @Inject
    VacatePostHandler vacatePost;

    @Inject
    SpecialPostAccess access;

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Define a special post of your institution", description = "Send an Idempotency-Key to retry safely.")
    public Response define(@Valid @NotNull DefineRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.create(CommandRequest.of(idempotencyKey, null, request), "DefinePost",
                expected -> definePost.handle(caller.requireOrganisation(), request.kind(), request.title()),
                post -> "/v1/posts/" + post.id().value(),
                SpecialPostView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One special post, current as of now", description = "The ETag is its version, for If-Match on commands.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.visible(new SpecialPostId(id)), SpecialPostView::of);
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
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .owned("institution", caller, institution)
                .equal("kind", kind)
                .equal("family", family)
                .equal("filled", status.equals(ListFilter.ALL) ? null : status.equals("filled"))
                .page(SpecialPostSummary.class, Sort.by("institution").and("kind").and("title").and("id"), paging, SpecialPostListing::of);
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Posts filled and vacant by kind", description = "For one institution, or all of them (not for partners, "
            + "who always see their own). From the read model.")
    public PostCounts counts(@QueryParam("institution") String institution) {
        String counted = caller.organisationFilter(institution);
        ListFilter posts = ListFilter.all().equal("institution", counted);
        var query = SpecialPostSummary.getEntityManager().createQuery("select kind, filled, count(*) from SpecialPostSummary where "
                + posts.query() + " group by kind, filled", Object[].class);
        posts.params().forEach(query::setParameter);
        return PostCounts.of(counted, query.getResultList());
    }

    @POST
    @Path("/{id}/filling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Fill a vacant post", description = "By the institution that defined it. Enterprise talent fills its post "
            + "through its arrangement instead, when the arrangement becomes active.")
    public Response fill(@PathParam("id") UUID id, @Valid @NotNull FillRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "FillPost", (post, expected) ->
                fillPost.handle(post, new ResearcherId(request.researcherId()), request.holderName(), null, request.since(), expected));
    }

    @POST
    @Path("/{id}/vacating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Vacate a filled post", description = "By the institution that defined it. A post held under an "
            + "enterprise-talent arrangement is vacated by ending the arrangement.")
    public Response vacate(@PathParam("id") UUID id, @Valid @NotNull VacateRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "VacatePost", (post, expected) ->
                vacatePost.handle(post, request.on(), request.reason(), null, expected));
    }

    /** A command on one of the caller's own posts, answered with the post as it is after it. */
    private Response command(UUID id, String ifMatch, Object body, String name, BiFunction<SpecialPostId, OptionalInt, Decision<SpecialPost>> use) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                expected -> use.apply(access.ownPost(new SpecialPostId(id)).state().id(), expected), SpecialPostView::of);
    }
}
