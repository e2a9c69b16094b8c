package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.Centres;
import org.reformplatform.incubation.MoneyRequest;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * Partners: operators register them, record their agreements and donations; a partner sees its
 * own record, agreements and donations (another partner's are answered 404); analysts read them.
 */
@Path("/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Universities, venture-capital firms, corporate partners, leading and unicorn enterprises")
public class PartnerResource {

    @Schema(name = "RegisterPartner")
    public record RegisterPartnerRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+")
            @Schema(example = "hillhouse-vc", description = "The organisation id: the 'org' claim of the partner's tokens") String organisation,
            @NotBlank @Size(max = 200) @Schema(example = "Hillhouse Capital") String name,
            @NotNull @Schema(example = "VENTURE_CAPITAL") PartnerKind kind) {
    }

    @Schema(name = "SignAgreement")
    public record SignAgreementRequest(
            @Pattern(regexp = Centres.CODE_PATTERN) @Schema(example = "future-innovation-centre",
                    description = "The centre signing; the default centre if absent") String centre,
            @NotBlank @Size(max = 300) @Schema(example = "Strategic cooperation agreement 2026-2029") String title,
            @NotNull @Schema(example = "2026-03-01") LocalDate signedOn,
            @Schema(example = "2029-02-28", description = "Absent: open-ended") LocalDate validUntil) {
    }

    @Schema(name = "RenewAgreement")
    public record RenewAgreementRequest(
            @NotNull @Schema(example = "2029-01-15") LocalDate renewedOn,
            @NotNull @Schema(example = "2032-02-28") LocalDate validUntil) {
    }

    @Schema(name = "EndAgreement")
    public record EndAgreementRequest(
            @NotNull @Schema(example = "2027-06-30") LocalDate endedOn,
            @NotBlank @Size(max = 1000) @Schema(example = "The partner withdrew from the programme") String reason) {
    }

    @Schema(name = "ReceiveDonation")
    public record DonationRequest(
            @Pattern(regexp = Centres.CODE_PATTERN) @Schema(example = "future-innovation-centre",
                    description = "The centre receiving it; the default centre if absent") String centre,
            @NotNull @Schema(example = "DONATION") DonationKind kind,
            @NotNull @Valid MoneyRequest amount,
            @NotBlank @Size(max = 1000) @Schema(example = "Scholarships for student founders") String purpose,
            @NotNull @Schema(example = "2026-04-18") LocalDate receivedOn) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    PartnerAccess access;

    @Inject
    Centres centres;

    @Inject
    RegisterPartnerHandler registering;

    @Inject
    SignAgreementHandler signing;

    @Inject
    RenewAgreementHandler renewing;

    @Inject
    EndAgreementHandler ending;

    @Inject
    ReceiveDonationHandler donating;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register a partner", description = "One partner per organisation id (the 'org' claim of its tokens); "
            + "registering an organisation twice is a 409. Send an Idempotency-Key to retry safely.")
    public Response register(@Valid @NotNull RegisterPartnerRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.create(CommandRequest.of(idempotencyKey, null, request), "RegisterPartner",
                expected -> registering.handle(request.organisation(), request.name(), request.kind()),
                partner -> "/v1/partners/" + partner.id().value(),
                PartnerView::of);
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Partners, by name", description = "From the read model. kind filters by kind; centre keeps the partners "
            + "that signed an agreement with that centre.")
    public Page<PartnerListing> list(@QueryParam("kind") PartnerKind kind,
            @QueryParam("centre") @Pattern(regexp = Centres.CODE_PATTERN) String centre,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("kind", kind)
                .where("id in (select a.partnerId from AgreementSummary a where a.centre = :centre)", "centre", centre)
                .page(PartnerSummary.class, Sort.by("name").and("id"), paging,
                        PartnerListing::of);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The calling partner's own record", description = "Found from the organisation of the token; 404 if the "
            + "organisation is not a registered partner.")
    public Response me() {
        return ETags.current(access.own(), PartnerView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One partner with its agreements, current as of now", description = "A partner sees only itself. "
            + "The ETag is its version, for If-Match on commands.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.visible(new PartnerId(id)), PartnerView::of);
    }

    @POST
    @Path("/{id}/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record an agreement the partner signed with a centre", description = "One agreement in force per "
            + "partner and centre: renew it rather than signing another.")
    public Response sign(@PathParam("id") UUID id, @Valid @NotNull SignAgreementRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(idempotencyKey, ifMatch, request), "SignAgreement", expected -> {
            AgreementId agreementId = AgreementId.random();
            Decision<Partner> signed = signing.handle(new PartnerId(id), agreementId, centres.orDefault(request.centre()), request.title(),
                    request.signedOn(), request.validUntil(), expected);
            return CommandResult.created("/v1/partners/" + id + "/agreements/" + agreementId.value(), signed.version(),
                    AgreementView.of(signed.state().agreement(agreementId).orElseThrow()));
        });
    }

    @GET
    @Path("/{id}/agreements/{agreementId}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One agreement of a partner", description = "A partner sees only its own.")
    public Response agreement(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId) {
        Loaded<Partner> partner = access.visible(new PartnerId(id));
        Agreement agreement = partner.state().agreement(new AgreementId(agreementId)).orElseThrow(PartnerResource::unknownAgreement);
        return ETags.tagged(AgreementView.of(agreement), partner.version());
    }

    @POST
    @Path("/{id}/agreements/{agreementId}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Renew an agreement in force to a later end")
    public Response renew(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId, @Valid @NotNull RenewAgreementRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return agreementCommand(agreementId, ifMatch, request, "RenewAgreement", expected -> renewing.handle(new PartnerId(id),
                new AgreementId(agreementId), request.renewedOn(), request.validUntil(), expected));
    }

    @POST
    @Path("/{id}/agreements/{agreementId}/ending")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "End an agreement in force, with a reason")
    public Response end(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId, @Valid @NotNull EndAgreementRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return agreementCommand(agreementId, ifMatch, request, "EndAgreement", expected -> ending.handle(new PartnerId(id),
                new AgreementId(agreementId), request.endedOn(), request.reason(), expected));
    }

    @POST
    @Path("/{id}/donations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a donation or sponsorship received from the partner", description = "The amount is exact: a "
            + "decimal string with at most the currency's decimal places, more than zero. Send an Idempotency-Key to retry safely.")
    public Response donate(@PathParam("id") UUID id, @Valid @NotNull DonationRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(idempotencyKey, ifMatch, request), "ReceiveDonation", expected -> {
            PartnerId partnerId = new PartnerId(id);
            DonationId donationId = DonationId.random();
            Decision<Partner> received = donating.handle(partnerId, donationId, centres.orDefault(request.centre()), request.kind(),
                    request.amount().toMoney(), request.purpose(), request.receivedOn(), expected);
            return CommandResult.created("/v1/partners/" + id + "/donations/" + donationId.value(), received.version(),
                    DonationView.of(partnerId, received.state().donation(donationId).orElseThrow()));
        });
    }

    @GET
    @Path("/{id}/donations")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A partner's donations and sponsorship, oldest first", description = "From the read model. A partner sees only its own.")
    public Page<DonationListing> donations(@PathParam("id") UUID id,
            @Valid @BeanParam PageRequest paging) {
        return access.rowsOf(new PartnerId(id)).page(DonationRecord.class,
                Sort.by("receivedOn").and("id"), paging, DonationListing::of);
    }

    @GET
    @Path("/{id}/donations/{donationId}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One donation of a partner, current as of now", description = "A partner sees only its own.")
    public Response donation(@PathParam("id") UUID id, @PathParam("donationId") UUID donationId) {
        Loaded<Partner> partner = access.visible(new PartnerId(id));
        Donation donation = partner.state().donation(new DonationId(donationId)).orElseThrow(
                () -> RuleViolation.notFound("unknown-donation", "The partner has no donation " + donationId));
        return ETags.tagged(DonationView.of(partner.state().id(), donation), partner.version());
    }

    /** An agreement's command: the agreement as it is after it. */
    private Response agreementCommand(UUID agreementId, String ifMatch, Object body, String name,
            Function<OptionalInt, Decision<Partner>> handler) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                handler::apply,
                partner -> AgreementView.of(partner.agreement(new AgreementId(agreementId)).orElseThrow()));
    }

    private static RuleViolation unknownAgreement() {
        return RuleViolation.notFound("unknown-agreement", "The partner has no such agreement");
    }
}
