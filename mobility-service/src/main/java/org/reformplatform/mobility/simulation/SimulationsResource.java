package org.reformplatform.mobility.simulation;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kernel's simulations API, in mobility: scope kind {@value MobilitySimulator#KIND}. */
@Path("/v1/simulations")
@Tag(name = "Policy laboratory")
public class SimulationsResource extends org.reformplatform.eventsourcing.simulation.SimulationsResource {
}
