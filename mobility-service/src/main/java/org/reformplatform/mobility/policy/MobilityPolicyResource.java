package org.reformplatform.mobility.policy;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.Ending;
import org.reformplatform.mobility.arrangement.FormPolicy;
import org.reformplatform.mobility.arrangement.Party;
import org.reformplatform.mobility.arrangement.TimeLimitPolicy;

/** The mobility policy: operators load the defaults and revise it; every version stays readable. */
@Path("/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mobility policy", description = "Terms, deferrals, signatories and delegated approvals per form, as versioned data")
public class MobilityPolicyResource {

    @Schema(name = "PolicyRevision")
    public record RevisionRequest(
            @Size(max = 500) @Schema(example = "Secondments may last three years") String note,
            @NotEmpty @Size(max = 4) List<@Valid @NotNull FormRulesRequest> forms) {
    }

    @Schema(name = "FormRules")
    public record FormRulesRequest(
            @NotNull @Schema(example = "SECONDMENT") ArrangementForm form,
            @NotNull @Min(1) @Max(FormPolicy.LONGEST_TERM_MONTHS) @Schema(example = "36") Integer maxTermMonths,
            @NotNull @Min(0) @Max(FormPolicy.LONGEST_DEFERRAL_MONTHS) @Schema(example = "0", description = "0: no deferral may be granted")
            Integer maxDeferralMonths,
            @NotEmpty @Size(max = 3) @Schema(example = "[\"RESEARCHER\", \"HOME_INSTITUTION\", \"HOST_ENTERPRISE\"]") List<@NotNull Party> signatories,
            @NotNull @Schema(example = "true", description = "Whether the home institution approves alone (放权); otherwise an operator does")
            Boolean approvalDelegated,
            @NotNull @Schema(example = "true", description = "Whether the arrangement is reviewed on its results at the end (业绩导向)")
            Boolean reviewedOnResults,
            @Valid @Schema(description = "Signing period and the decision after a deferral; the defaults (30 days, 20 working days, "
                    + "RETURNED) when absent") TimeLimitsRequest timeLimits) {

        FormPolicy toRules() {
            return new FormPolicy(form, maxTermMonths, maxDeferralMonths, signatories, approvalDelegated, reviewedOnResults,
                    timeLimits == null ? null : timeLimits.toLimits());
        }
    }

    @Schema(name = "TimeLimits")
    public record TimeLimitsRequest(
            @NotNull @Min(1) @Max(TimeLimitPolicy.LONGEST_SIGNING_DAYS) @Schema(example = "30",
                    description = "Days after approval to sign the agreement; it lapses after") Integer signingDays,
            @NotNull @Min(1) @Max(TimeLimitPolicy.LONGEST_DECISION_GRACE_WORKING_DAYS) @Schema(example = "20",
                    description = "Working days after a deferral ends to return or resign") Integer decisionGraceWorkingDays,
            @NotNull @Schema(example = "RETURNED", description = "RETURNED or RESIGNED: what the arrangement ends as when nobody decides")
            Ending ifUndecided) {

        TimeLimitPolicy toLimits() {
            return new TimeLimitPolicy(signingDays, decisionGraceWorkingDays, ifUndecided);
        }
    }

    @Inject
    LoadDefaultPolicyHandler loadDefaultPolicy;

    @Inject
    ReviseMobilityPolicyHandler reviseMobilityPolicy;

    @Inject
    MobilityPolicyAccess access;

    @Inject
    CommandGateway gateway;

    @POST
    @Path("/defaults")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Load the default policy", description = "Publishes the default rules of all four forms as a new version, "
            + "unless the version in force already has exactly these rules (then nothing changes).")
    public Response loadDefaults(@HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.change(CommandRequest.of(idempotencyKey, ifMatch, null), "LoadDefaultMobilityPolicy",
                loadDefaultPolicy::handle, MobilityPolicyResource::inForce);
    }

    @POST
    @Path("/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Revise the policy", description = "Replaces the rules of the forms named and publishes a new version. "
            + "Arrangements approved earlier keep the version they were approved under.")
    public Response revise(@Valid @NotNull RevisionRequest request, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.change(CommandRequest.of(idempotencyKey, ifMatch, request), "ReviseMobilityPolicy",
                expected -> reviseMobilityPolicy.handle(request.forms().stream().map(FormRulesRequest::toRules).toList(), request.note(), expected),
                MobilityPolicyResource::inForce);
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The policy in force", description = "The ETag is the policy's stream version, for If-Match on revisions.")
    public Response current() {
        return ETags.current(access.inForce(), MobilityPolicyResource::inForce);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One version of the policy, current or past", description = "What an arrangement approved under it follows.")
    public MobilityPolicyView version(@PathParam("version") int number) {
        MobilityPolicy policy = access.having(number);
        return MobilityPolicyView.of(policy.version(number).orElseThrow(), policy.current().orElseThrow().number() == number);
    }

    /** The policy as partners read it: the version in force. */
    private static MobilityPolicyView inForce(MobilityPolicy policy) {
        return MobilityPolicyView.of(policy.current().orElseThrow(), true);
    }
}
