package org.reformplatform.qualification.referencedata;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.qualification.recognitionlist.RecognitionList;

/**
 * Loads the report's recognition list (versions 2.0 and 3.0) through the list's own use cases, as
 * an operator would (see {@link LoadReferenceRecognitionListsHandler}), in one transaction. Loading
 * again is a no-op.
 */
@Path("/v1/reference-data/recognition-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceDataResource {

    /** What a load did. */
    @Schema(name = "ReferenceDataLoad")
    public record Loading(@Schema(description = "false when the versions were there already and nothing was written") boolean loaded,
            List<String> versions, @Schema(description = "Events the load wrote") int events) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    LoadReferenceRecognitionListsHandler loading;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Load the reference recognition list (versions 2.0 and 3.0)", description = "Publishes version 2.0 "
            + "(in force from 2023-07-01) and version 3.0 (from 2025-03-01: 139 recognised, 24 urgently needed, 41 title-equivalence, "
            + "12 mutual-recognition entries) through the list's commands: 201. If both are published already it writes nothing "
            + "and answers 200 with loaded=false. If other versions stand in the way, the list's rules refuse it (409/422).")
    public Response load(@HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, "reference-recognition-lists"), "LoadReferenceRecognitionLists", expected -> {
            Decision<RecognitionList> d = loading.handle();
            List<String> versions = List.of(ReferenceRecognitionLists.EARLIER.toString(), ReferenceRecognitionLists.CURRENT.toString());
            if (!d.changedAnything()) {
                return CommandResult.ok(d.version(), new Loading(false, versions, 0));
            }
            return CommandResult.created("/v1/recognition-list-versions/" + ReferenceRecognitionLists.CURRENT, d.version(),
                    new Loading(true, versions, d.recorded().size()));
        });
    }
}
