package org.reformplatform.qualification.application;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** A holder's recognised qualifications and title equivalences. */
@Path("/v1/holders/{holderId}/recognitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognition applications")
public class HolderRecognitionResource {

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A holder's recognitions", description = "From the read model, oldest first, with the domestic title "
            + "equivalence where the list gives one. Partners see the recognitions their own organisation applied for.")
    public Page<HolderRecognitionListing> recognitions(@PathParam("holderId") UUID holderId,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("holderId", holderId)
                .owned("organisation", caller, null)
                .page(HolderRecognition.class, Sort.by("recognisedOn").and("applicationId"),
                        paging, HolderRecognitionListing::of);
    }
}
