package org.reformplatform.eventsourcing.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.RequestContext;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * Rotation of the key-encryption key of personal data, in every service (docs/operations.md,
 * "Rotating the KEK"): the state of the service's keys, and the rewrapping run.
 */
@Path("/ops/personal-data/key-rotations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class KeyRotationResource {

    @Inject
    KeyRotations rotations;

    @Inject
    RequestContext context;

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Which key-encryption key wraps this service's data-subject keys",
            description = "The current key-encryption key's id, the ids still accepted, the number of live keys under each, whether "
                    + "all are under the current one (done), and the last runs of the rotation (who, when, how many).")
    public KeyRotations.State state() {
        return rotations.state();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Rewrap every data-subject key under the current key-encryption key",
            description = "Run after the new key-encryption key was made current and the old one kept among the previous ones on "
                    + "every replica. Rewraps in short transactions; idempotent (nothing to do: 0 rewrapped) and resumable (run it "
                    + "again after an interruption). Sealed values are unchanged and still open; forgotten subjects stay forgotten. "
                    + "409 unknown-key-encryption-key when keys are wrapped by a key-encryption key the service was not given.")
    public KeyRotations.Run rotate() {
        return rotations.rotate(context.metadata().actor());
    }
}
