package org.reformplatform.admissions.mentoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.mentoring.MentorCommand.RegisterMentor;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** Mentors (实战型师资): operators register them with a kind and a capacity; analysts read the load by kind. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentors", description = "Full-time, part-time and industry mentors, their capacity and load")
public class MentorResource {

    @Schema(name = "RegisterMentor")
    public record RegisterMentorRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Prof. Chen Jing") String name,
            @NotNull @Schema(example = "FULL_TIME") MentorKind kind,
            @NotNull @Min(1) @Max(100) @Schema(example = "6", description = "The most students the mentor takes at once") Integer capacity,
            @Size(max = 200) @Schema(example = "AI institute") String affiliation,
            @Size(max = 200) @Schema(example = "chen.jing", description = "The mentor's token subject, so they can act on their mentorships")
            String subject,
            @Schema(example = "5b0e2c1a-7d3f-4a8e-9c61-2f4d8b7a1e90", description = "The mentor's researcher id, the one partner institutions "
                    + "use in every service (optional): a venture the mentor co-founded with a candidate is then found as a conflict of interest")
            UUID researcherId) {
    }

    @Schema(name = "MentorCapacity")
    public record CapacityRequest(@NotNull @Min(1) @Max(100) @Schema(example = "8") Integer capacity) {
    }

    @Schema(name = "MentorLoad")
    public record MentorLoadReport(@Schema(description = "The affiliation filtered on, if any") String affiliation,
            List<MentorLoadByKind> kinds, MentorLoadByKind total) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    MentorAccess mentors;

    @Inject
    RegisterMentorHandler registration;

    @Inject
    ChangeMentorCapacityHandler capacities;

    @POST
    @Path("/mentors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register a mentor", description = "Full-time, part-time or industry, with the number of students they take. "
            + "Send an Idempotency-Key to retry safely.")
    public Response register(@Valid @NotNull RegisterMentorRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.create(CommandRequest.of(idempotencyKey, null, request), "RegisterMentor",
                expected -> registration.handle(request.name(), request.kind(), request.capacity(), request.affiliation(), request.subject(),
                        request.researcherId()),
                mentor -> "/v1/mentors/" + mentor.id().value(),
                MentorView::of);
    }

    @GET
    @Path("/mentors/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One mentor with their students, current as of now", description = "The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(mentors.existing(new MentorId(id)), MentorView::of);
    }

    @GET
    @Path("/mentors")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Mentors with their load", description = "From the read model, by kind then name.")
    public Page<MentorListing> list(@QueryParam("kind") MentorKind kind, @QueryParam("affiliation") @Size(max = 200) String affiliation,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("kind", kind)
                .equal("affiliation", affiliation)
                .page(MentorLoad.class, Sort.by("kind").and("name").and("id"), paging, MentorListing::of);
    }

    @POST
    @Path("/mentors/{id}/capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Change how many students a mentor takes", description = "Never below the students they mentor now.")
    public Response changeCapacity(@PathParam("id") UUID id, @Valid @NotNull CapacityRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "ChangeMentorCapacity",
                expected -> capacities.handle(new MentorId(id), request.capacity(), expected), MentorView::of);
    }

    @GET
    @Path("/mentor-load")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Mentor load by kind", description = "Per kind (full-time, part-time, industry): mentors, their capacity and "
            + "the students they mentor, optionally for one affiliation. From the read model.")
    public MentorLoadReport load(@QueryParam("affiliation") @Size(max = 200) String affiliation) {
        EntityManager em = MentorLoad.getEntityManager();
        ListFilter filter = ListFilter.all().where("m.affiliation = :affiliation", "affiliation", affiliation);
        var query = em.createQuery("select m.kind, count(m), coalesce(sum(m.capacity), 0), coalesce(sum(m.students), 0) from MentorLoad m "
                + "where " + filter.query() + " group by m.kind", Object[].class);
        filter.params().forEach(query::setParameter);
        Map<MentorKind, MentorLoadByKind> byKind = new EnumMap<>(MentorKind.class);
        for (MentorKind kind : MentorKind.values()) {
            byKind.put(kind, new MentorLoadByKind(kind, 0, 0, 0, 0));
        }
        for (Object[] row : query.getResultList()) {
            long capacity = ((Number) row[2]).longValue();
            long students = ((Number) row[3]).longValue();
            byKind.put((MentorKind) row[0], new MentorLoadByKind((MentorKind) row[0], ((Number) row[1]).longValue(), capacity, students,
                    capacity - students));
        }
        List<MentorLoadByKind> kinds = List.copyOf(byKind.values());
        MentorLoadByKind total = new MentorLoadByKind(null, kinds.stream().mapToLong(MentorLoadByKind::mentors).sum(),
                kinds.stream().mapToLong(MentorLoadByKind::capacity).sum(), kinds.stream().mapToLong(MentorLoadByKind::students).sum(),
                kinds.stream().mapToLong(MentorLoadByKind::freePlaces).sum());
        return new MentorLoadReport(affiliation, kinds, total);
    }
}
