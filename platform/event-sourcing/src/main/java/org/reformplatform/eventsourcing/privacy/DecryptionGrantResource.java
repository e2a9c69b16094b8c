package org.reformplatform.eventsourcing.privacy;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.RequestContext;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * Decryption of personal data for analysts, granted by operators (docs/analysts.md): a time-limited,
 * audited grant to one analyst for named event types and fields of this service; the analyst's
 * export tool ({@code event-export --decrypt}) asks it to open those values, event by event id.
 */
@Path("/ops/personal-data/decryption-grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DecryptionGrantResource {

    @Inject
    DecryptionGrants grants;

    @Inject
    RequestContext context;

    @Inject
    Caller caller;

    /** The events whose granted values the analyst wants opened, by CloudEvents id ({@code ce_id}). */
    public record OpeningRequest(List<UUID> events) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Let an analyst read named personal fields of named event types, for a limited time",
            description = "grantee: the analyst's token subject; eventTypes: this service's types as in the catalogue "
                    + "(admissions.ApplicationSubmitted); fields: dotted paths in the event data without array positions "
                    + "(candidate.name); validFor: an ISO-8601 duration of at most P7D; reason: why. Recorded with who granted it.")
    public Response grant(@jakarta.validation.constraints.NotNull DecryptionGrants.Request request) {
        DecryptionGrants.Grant grant = grants.grant(request, context.metadata().actor());
        return Response.created(URI.create("/ops/personal-data/decryption-grants/" + grant.grantId())).entity(grant).build();
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "The latest decryption grants of this service, with their use")
    public List<DecryptionGrants.Grant> list() {
        return grants.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One decryption grant and its use (an analyst sees only their own)")
    public DecryptionGrants.Grant grant(@PathParam("id") UUID id) {
        return caller.is(Roles.OPERATOR) ? grants.find(id).orElseThrow(() -> grants.unknown(id)) : grants.findFor(id, caller.subject());
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "End a decryption grant before its time")
    public DecryptionGrants.Grant revoke(@PathParam("id") UUID id) {
        return grants.revoke(id, context.metadata().actor());
    }

    @POST
    @Path("/{id}/openings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Open the granted personal fields of these events",
            description = "For the grant's analyst, while it is active: per event id, every sealed value under a granted field of a "
                    + "granted type, in clear (or \"[erased]\" once its subject was forgotten), by its path in the data with array "
                    + "positions (team.0.name). Events of other types, or unknown here, are listed as withheld. Every call is recorded.")
    public DecryptionGrants.Opened open(@PathParam("id") UUID id, @jakarta.validation.constraints.NotNull OpeningRequest request) {
        return grants.open(id, request == null ? null : request.events(), caller.subject());
    }
}
