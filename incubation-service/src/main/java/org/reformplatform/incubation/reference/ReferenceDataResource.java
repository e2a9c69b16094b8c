package org.reformplatform.incubation.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.Centres;

/** Operators load the report's reference portfolio, for demonstrations and acceptance checks. */
@Path("/v1/reference-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "The report's figures, loaded through the service's own commands")
public class ReferenceDataResource {

    @Inject
    CommandGateway gateway;

    @Inject
    ReferencePortfolioLoader loader;

    @Inject
    Centres centres;

    @POST
    @Path("/portfolio")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Load the report's reference portfolio into a centre", description = "31 universities, 40 venture-capital "
            + "and corporate partners, 52 signed leading and unicorn enterprises with their agreements, about 500 million CNY of "
            + "donations and sponsorship, and 10 incubated ventures that raised about 500 million CNY, all through the service's own "
            + "commands, in one transaction. Idempotent: what is recorded already is not sent again, so a second load writes "
            + "nothing (eventsWritten 0). The portfolio read model shows the figures shortly after.")
    public Response load(@QueryParam("centre") @Pattern(regexp = Centres.CODE_PATTERN) String centre,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String target = centres.orDefault(centre);
        return gateway.handle(CommandRequest.of(idempotencyKey, null, java.util.Map.of("centre", target)), "LoadReferencePortfolio",
                expected -> new CommandResult(200, null, null, loader.load(target)));
    }
}
