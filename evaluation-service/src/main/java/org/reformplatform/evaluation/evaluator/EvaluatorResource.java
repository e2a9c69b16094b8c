package org.reformplatform.evaluation.evaluator;

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
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** The register of evaluators (谁来评): operators register each evaluator once with their kind; cycles take the kind from it. */
@Path("/v1/evaluators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluators", description = "Who evaluates: the register of evaluators with their kind")
public class EvaluatorResource {

    @Schema(name = "RegisterEvaluatorInput")
    public record RegisterEvaluatorRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = "\\S+") @Schema(description = "The evaluator's token subject, which assignments name", example = "prof-wang")
            String subject,
            @Size(max = 200) @Schema(example = "Prof. Wang") String name,
            @NotNull @Schema(example = "INDUSTRY_EXPERT") EvaluatorKind kind,
            @Size(max = 200) @Schema(description = "Where the evaluator works (the institution's organisation code when it is one): an evaluator is never "
                    + "assigned to a cycle of their own institution (conflict of interest same-institution)", example = "Orbit Ltd") String affiliation) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    RegisterEvaluatorHandler register;

    @Inject
    EvaluatorRegister evaluators;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register an evaluator with their kind", description = "Once per evaluator: the same registration again changes "
            + "nothing, another kind is refused (409 evaluator-registered-as-other-kind). Assignments take the kind from here.")
    public Response register(@Valid @NotNull RegisterEvaluatorRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "RegisterEvaluator", expected -> {
            Decision<RegisteredEvaluator> registered = register.handle(request.subject(), request.name(), request.kind(), request.affiliation());
            return CommandResult.created("/v1/evaluators/" + request.subject(), registered.version(), EvaluatorView.of(registered.state()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The register, by kind and subject", description = "From the read model; the register is shared by every institution.")
    public Page<EvaluatorView> list(@QueryParam("kind") EvaluatorKind kind,
            @Valid @BeanParam PageRequest paging) {
        ListFilter filter = ListFilter.all();
        if (kind != null) {
            filter = filter.equal("kind", kind);
        }
        return filter.page(EvaluatorEntry.class, Sort.by("kind").and("subject"), paging, EvaluatorView::ofRow);
    }

    @GET
    @Path("/{subject}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "An evaluator in the register", description = "404 unknown-evaluator when not registered.")
    public Response get(@PathParam("subject") String subject) {
        return ETags.current(evaluators.existing(subject), EvaluatorView::of);
    }
}
