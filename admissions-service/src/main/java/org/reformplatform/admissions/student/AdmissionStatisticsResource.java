package org.reformplatform.admissions.student;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.GroupCounts;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** Admissions per month and per intake event: rolling admission made visible, for analysts and operators. */
@Path("/v1/admission-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admission statistics", description = "Admitted students counted by month and by intake event")
public class AdmissionStatisticsResource {

    /** Admitted students counted by month of admission, oldest first (YYYY-MM sorts as the months do). */
    private static final GroupCounts BY_MONTH = new GroupCounts(AdmittedStudent.class, "admittedMonth");

    @GET
    @Path("/by-month")
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(summary = "Admitted students per month of admission (UTC)", description = "From the read model, oldest month first; "
            + "months without admissions are omitted.")
    public Page<AdmissionStatistics.InMonth> byMonth(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("24") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return BY_MONTH.page(ListFilter.all(), PageRequest.of(page, size), r -> new AdmissionStatistics.InMonth((String) r[0], (Long) r[1]));
    }

    @GET
    @Path("/by-intake-event")
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(summary = "Admitted students per intake event", description = "From the read models, most admissions first.")
    public Page<AdmissionStatistics.ForIntakeEvent> byIntakeEvent(@Valid @BeanParam PageRequest paging) {
        EntityManager em = AdmittedStudent.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.intake_event_id, e.title, e.kind, count(*) AS admitted FROM admitted_students a "
                + "LEFT JOIN intake_event_summaries e ON e.id = a.intake_event_id GROUP BY a.intake_event_id, e.title, e.kind "
                + "ORDER BY admitted DESC, a.intake_event_id").setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(DISTINCT intake_event_id) FROM admitted_students").getSingleResult()).longValue();
        return Page.of(rows.stream().map(r -> new AdmissionStatistics.ForIntakeEvent((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue())).toList(), paging, total);
    }
}
