package org.reformplatform.admissions.simulation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.security.Roles;

/** The kernel's simulations API, in admissions: scope kind {@value AdmissionsSimulator#KIND}. */
@Path("/v1/simulations")
@Tag(name = "Policy laboratory")
@RolesAllowed({Roles.OPERATOR, Roles.ANALYST}) // as on the kernel's methods; here too so the OpenAPI document shows it
public class SimulationsResource extends org.reformplatform.eventsourcing.simulation.SimulationsResource {
}
