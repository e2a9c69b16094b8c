package org.reformplatform.qualification.referencedata;

import java.util.List;
import java.util.OptionalInt;

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
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.qualification.RegionalCalendar;
import org.reformplatform.qualification.recognitionlist.RecognitionList;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.DraftVersion;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.PublishVersion;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.ReviseDraft;
import org.reformplatform.qualification.recognitionlist.RecognitionListId;

/**
 * Loads the report's recognition list (versions 2.0 and 3.0) through the list's own commands, as
 * an operator would: draft, revise, publish, twice, in one transaction. Loading again is a no-op.
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
    Aggregates aggregates;

    @Inject
    CommandGateway gateway;

    @Inject
    RegionalCalendar calendar;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Load the reference recognition list (versions 2.0 and 3.0)", description = "Publishes version 2.0 "
            + "(in force from 2023-07-01) and version 3.0 (from 2025-03-01: 139 recognised, 24 urgently needed, 41 title-equivalence, "
            + "12 mutual-recognition entries) through the list's commands: 201. If both are published already it writes nothing "
            + "and answers 200 with loaded=false. If other versions stand in the way, the list's rules refuse it (409/422).")
    public Response load(@HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, "reference-recognition-lists"), "LoadReferenceRecognitionLists", expected -> {
            List<String> versions = List.of(ReferenceRecognitionLists.EARLIER.toString(), ReferenceRecognitionLists.CURRENT.toString());
            Loaded<RecognitionList> list = aggregates.load(RecognitionList.TYPE, RecognitionListId.REGIONAL);
            if (ReferenceRecognitionLists.isLoaded(list.state())) {
                return CommandResult.ok(list.version(), new Loading(false, versions, 0));
            }
            int events = 0;
            Decision<RecognitionList> d = null;
            for (RecognitionListCommand command : List.of(
                    new DraftVersion(ReferenceRecognitionLists.EARLIER, calendar.now()),
                    new ReviseDraft(ReferenceRecognitionLists.EARLIER, ReferenceRecognitionLists.earlierVersion()),
                    new PublishVersion(ReferenceRecognitionLists.EARLIER, ReferenceRecognitionLists.EARLIER_EFFECTIVE_ON, calendar.now()),
                    new DraftVersion(ReferenceRecognitionLists.CURRENT, calendar.now()),
                    new ReviseDraft(ReferenceRecognitionLists.CURRENT, ReferenceRecognitionLists.towardsCurrentVersion()),
                    new PublishVersion(ReferenceRecognitionLists.CURRENT, ReferenceRecognitionLists.CURRENT_EFFECTIVE_ON, calendar.now()))) {
                d = aggregates.handle(RecognitionList.TYPE, RecognitionListId.REGIONAL, command, OptionalInt.empty());
                events += d.recorded().size();
            }
            return CommandResult.created("/v1/recognition-list-versions/" + ReferenceRecognitionLists.CURRENT, d.version(),
                    new Loading(true, versions, events));
        });
    }
}
