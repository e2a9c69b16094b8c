package org.reformplatform.eventsourcing.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.RequestContext;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * Operators' commands for a data subject's rights, in every service: subject access (PIPL Art. 45,
 * GDPR Art. 15) and erasure (PIPL Art. 47, GDPR Art. 17). The subject is named by an id the
 * services share (an application, student, researcher, holder or venture id), never by a name.
 */
@Path("/ops/personal-data/subjects/{subject}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class PersonalDataResource {

    @Inject
    SubjectRequests requests;

    @Inject
    RequestContext context;

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "What this service holds about a data subject",
            description = "The subject's events, with their personal fields decrypted (or \"[erased]\" once forgotten), and its "
                    + "read-model rows: the service's part of a subject-access document.")
    public SubjectRequests.Access access(@PathParam("subject") String subject) {
        return requests.access(checked(subject));
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Forget a data subject",
            description = "Deletes the subject's key (every personal field of its events then reads as \"[erased]\", in streams, "
                    + "projections, rebuilds and exports), scrubs its read-model rows and records a SubjectForgotten event that "
                    + "names the subject by id only. Repeating it is harmless.")
    public PersonalDataEvent.SubjectForgotten erase(@PathParam("subject") String subject) {
        return requests.erase(checked(subject), context.metadata());
    }

    private static String checked(String subject) {
        if (subject == null || subject.isBlank() || subject.length() > 200 || !subject.matches("[A-Za-z0-9][A-Za-z0-9._:-]*")) {
            throw RuleViolation.invalid("invalid-subject", "Name the data subject by its id (a letter or digit, then letters, digits, '.', '_', ':' or '-')");
        }
        return subject;
    }
}
