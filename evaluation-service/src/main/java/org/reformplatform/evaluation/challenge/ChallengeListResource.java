package org.reformplatform.evaluation.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.reformplatform.evaluation.Institutions;
import org.reformplatform.evaluation.pledge.Pledge;
import org.reformplatform.evaluation.pledge.PledgeId;
import org.reformplatform.evaluation.pledge.PledgeResource.PledgeTermsRequest;
import org.reformplatform.evaluation.pledge.PledgeView;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** Open challenges (揭榜挂帅): institutions publish lists; a researcher or team takes a challenge by signing a pledge for it. */
@Path("/v1/challenge-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges and pledges")
public class ChallengeListResource {

    @Schema(name = "PublishChallengeList")
    public record PublishRequest(
            @NotBlank @Size(max = 300) @Schema(example = "2026 open challenges in cell and gene therapy") String title,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull ChallengeRequest> challenges,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(description = "Operators only: the institution", example = "biomed-institute")
            String institution,
            @Schema(description = "The last day takers are accepted (in the region); the list closes when it is over. "
                    + "Absent: open until every challenge is taken", example = "2027-03-31") LocalDate closesOn) {
    }

    @Schema(name = "ChallengeInput")
    public record ChallengeRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "car-t-process") String code,
            @NotBlank @Size(max = 300) @Schema(example = "Clinical-grade CAR-T manufacturing") String title,
            @Size(max = 2000) @Schema(example = "A closed, automated process meeting GMP for phase I trials") String description) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    ChallengeListAccess lists;

    @Inject
    PublishChallengeListHandler publish;

    @Inject
    TakeChallengeHandler take;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Publish a challenge list", description = "With a closesOn date it closes for takers by itself when that day "
            + "is over in the region. Send an Idempotency-Key to retry safely.")
    public Response publish(@Valid @NotNull PublishRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "PublishChallengeList", expected -> {
            ChallengeListId id = ChallengeListId.random();
            Decision<ChallengeList> published = publish.handle(id, Institutions.actingFor(caller, request.institution()), request.title(),
                    request.challenges().stream().map(c -> new Challenge(c.code(), c.title(), c.description(), null)).toList(), request.closesOn());
            return CommandResult.created("/v1/challenge-lists/" + id.value(), published.version(), ChallengeListView.of(published.state()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Challenge lists, latest first", description = "From the read model; partners see their own.")
    public Page<ChallengeListListing> list(@QueryParam("institution") String institution,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .owned("institution", caller, institution)
                .page(ChallengeListSummary.class,
                        Sort.descending("publishedAt").and("id"), paging, ChallengeListListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A challenge list with who took which challenge", description = "The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(lists.visible(new ChallengeListId(id)), ChallengeListView::of);
    }

    @POST
    @Path("/{id}/challenges/{code}/taking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Take a challenge under a pledge agreement", description = "The leader (and team) take the challenge and sign a "
            + "pledge (军令状) with its targets, deadline and consequences, in one step. A taken challenge is a 409 challenge-taken; "
            + "after the list's closing date, a 409 challenge-list-closed. "
            + "Answers the pledge. Send an Idempotency-Key to retry safely.")
    public Response take(@PathParam("id") UUID id, @PathParam("code") String code, @Valid @NotNull PledgeTermsRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "TakeChallenge", expected -> {
            ChallengeListId list = lists.visible(new ChallengeListId(id)).state().id();
            PledgeId pledge = PledgeId.random();
            Decision<Pledge> signed = take.handle(list, code, pledge, request.institution(), request.terms());
            return CommandResult.created("/v1/pledges/" + pledge.value(), signed.version(), PledgeView.of(signed.state()));
        });
    }
}
